import { api } from '@/lib/api';
import { withNormalizedBenchmark } from '@/lib/benchmark';
import { eventSchema, type Event } from '@/lib/schemas/event';
import type { Options } from './fetchers';
import {
  attributionModelSchema,
  type AttributionModel,
  type EventEdit,
  type EventType,
  type SettableAttributionModel,
} from './schemas';

const e = encodeURIComponent;

export interface EventEditTarget {
  eventType: EventType;
  /** must match the partner, else 422 */
  partnerProduct: string;
}

/** PUT [cr] /events/{eid}?event_type=&partner_product= with the editable fields; 200 with the event. */
export async function updateEvent(
  eid: string,
  target: EventEditTarget,
  fields: Partial<EventEdit>,
  { signal }: Options = {},
): Promise<Event> {
  const event = await api.request({
    method: 'PUT',
    host: 'cr',
    path: `/events/${e(eid)}`,
    query: { event_type: target.eventType, partner_product: target.partnerProduct },
    json: fields,
    schema: eventSchema,
    signal,
  });
  return withNormalizedBenchmark(event);
}

/** POST /events/{eid}/series?event_series=a&event_series=b (204). */
export function addToSeries(eid: string, memberIds: readonly string[], { signal }: Options = {}): Promise<void> {
  if (memberIds.length === 0) return Promise.resolve();
  return api.send({
    method: 'POST',
    path: `/events/${e(eid)}/series`,
    query: { event_series: memberIds },
    signal,
  });
}

/** DELETE /events/{eid}/series?event_series=x (204). */
export function removeFromSeries(eid: string, memberId: string, { signal }: Options = {}): Promise<void> {
  return api.send({
    method: 'DELETE',
    path: `/events/${e(eid)}/series`,
    query: { event_series: memberId },
    signal,
  });
}

/** PUT /events/{eid}/attribution_model; 200 with `{ model }`. */
export function setAttributionModel(
  eid: string,
  model: SettableAttributionModel,
  { signal }: Options = {},
): Promise<AttributionModel> {
  return api.request({
    method: 'PUT',
    path: `/events/${e(eid)}/attribution_model`,
    json: { model },
    schema: attributionModelSchema,
    signal,
  });
}
