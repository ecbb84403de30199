import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { withNormalizedBenchmark } from '@/lib/benchmark';
import { eventSchema, type Event } from '@/lib/schemas/event';
import { ticketCategoriesSchema, type TicketCategory } from '@/lib/schemas/ticket-category';

interface Options {
  signal?: AbortSignal | undefined;
  /** ask as this partner rather than the session's current one */
  partnerId?: string | undefined;
}

const eventPath = (eid: string, rest = '') => `/events/${encodeURIComponent(eid)}${rest}`;

/** GET /events/{eid}; 404 → ApiError with messageKey `error.event.not_found`. */
export async function fetchEvent(eid: string, { signal, partnerId }: Options = {}): Promise<Event> {
  return withNormalizedBenchmark(await api.request({ path: eventPath(eid), schema: eventSchema, signal, ...(partnerId ? { partnerId } : {}) }));
}

/** GET /events/{eid}/tickets: the event's ticket categories. */
export function fetchTicketCategories(eid: string, { signal }: Options = {}): Promise<TicketCategory[]> {
  return api.request({ path: eventPath(eid, '/tickets'), schema: ticketCategoriesSchema, signal });
}

/**
 * The reads several features show of one event (events list, event page, sales data), defined
 * once so the cache holds the same data whoever fetched it. Everything about an event lives
 * under ['event', eid, …]: invalidating ['event', eid] refreshes it all.
 */
export const sharedEventQueries = {
  scope: (eid: string) => ['event', eid] as const,
  detail: (eid: string) =>
    queryOptions({ queryKey: ['event', eid] as const, queryFn: ({ signal }) => fetchEvent(eid, { signal }) }),
  tickets: (eid: string) =>
    queryOptions({ queryKey: ['event', eid, 'tickets'] as const, queryFn: ({ signal }) => fetchTicketCategories(eid, { signal }) }),
};
