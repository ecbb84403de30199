/**
 * Events (contract §4.1–4.4): list, flagged, venues, statistics, one event and its reads, the
 * frontend-status two-step and the CR edit. Every route is guarded; an event of another partner
 * is a 404 like an unknown id.
 */
import { http } from 'msw';
import { ticketPlansOf, salesTotals } from '../db/daily-sales';
import { parseDateTime } from '../db/dates';
import type { EventRecord, EventRow } from '../db/event-types';
import { parseListQuery, queryEvents } from '../db/event-query';
import { eventStatistics, listStatistics } from '../db/event-stats';
import { allRecords, findRecord, recordFrontendUpdate, updateEvent } from '../db/events';
import { benchmarkOf, eventAnswer, salesGraph } from '../db/sales-graph';
import { CR, MAIN, apiError, guarded, json, noContent, notFound, paginate, param, validationError, type ValidationErrorBody } from './http';

type Ctx = Parameters<Parameters<typeof guarded>[0]>[0];
type Resolver = (ctx: Ctx) => Response | Promise<Response>;

/** Trailing slashes are significant (§2): the other form of a path is a 404. Then auth. */
export function route(withSlash: boolean, resolver: Resolver) {
  const inner = guarded(resolver);
  return (info: Parameters<typeof inner>[0]) =>
    new URL(info.request.url).pathname.endsWith('/') === withSlash ? inner(info) : apiError(404, 'error.route.not_found');
}

/** A route under /events/{eid}: 404 `error.event.not_found` unless the partner owns it. */
export function eventRoute(resolver: (ctx: Ctx & { eid: string; record: EventRecord }) => Response | Promise<Response>) {
  return route(false, (ctx) => {
    const eid = param(ctx.params, 'eid');
    const record = findRecord(ctx.partnerId, eid);
    return record ? resolver({ ...ctx, eid, record }) : notFound('event');
  });
}

/** Reads a JSON object body; null when absent or malformed. */
export async function jsonBody(request: Request): Promise<Record<string, unknown> | null> {
  const body: unknown = await request.json().catch(() => null);
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
}

const list = (flaggedOnly: boolean) =>
  route(true, ({ partnerId, url }) => {
    const query = parseListQuery(url);
    if (Array.isArray(query)) return validationError(query);
    const page = paginate(queryEvents(partnerId, query, flaggedOnly), url);
    return json({ ...page, items: page.items.map((r) => eventAnswer(partnerId, r)) });
  });

/**
 * The product each partner's CR edits must name [ours]: every mock partner uses Lookout, so
 * `partner_product=lookout` passes and anything else is 422 error.event.partner_product_mismatch.
 */
export const PARTNER_PRODUCTS: Record<string, string> = {
  'partner-id-acme': 'lookout', 'partner-id-bravo': 'lookout', 'partner-id-solo': 'lookout',
};
const EVENT_TYPES = ['fdlive', 'prisma'];
const TEXT_FIELDS = ['title', 'city', 'venue_name', 'hall_name', 'category'] as const;

/** Validates the editable fields of CR PUT /events/{eid}; unknown fields are ignored. */
function editPatch(body: Record<string, unknown>): Partial<EventRow> | ValidationErrorBody[] {
  const errors: ValidationErrorBody[] = [];
  const patch: Partial<EventRow> = {};
  for (const field of TEXT_FIELDS) {
    if (!(field in body)) continue;
    const v = body[field];
    if (typeof v === 'string' && v.trim() !== '') patch[field] = v.trim();
    else errors.push({ code: 'required', field, message: 'Must be a non-empty string' });
  }
  if ('start_date_time' in body) {
    const v = body.start_date_time;
    const ms = typeof v === 'string' ? parseDateTime(v) : null;
    if (ms === null) errors.push({ code: 'invalid_datetime', field: 'start_date_time', message: 'Expected ISO-8601 with a zone' });
    else patch.start_date_time = new Date(ms).toISOString().replace('.000Z', 'Z');
  }
  if ('capacity' in body) {
    const v = body.capacity;
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) patch.capacity = v;
    else errors.push({ code: 'invalid_positive_integer', field: 'capacity' });
  }
  if ('special_ad_category' in body) {
    const v = body.special_ad_category;
    if (v === null || typeof v === 'string') patch.special_ad_category = v === '' ? null : v;
    else errors.push({ code: 'invalid_type', field: 'special_ad_category' });
  }
  return errors.length ? errors : patch;
}

export const eventHandlers = [
  http.get(`${MAIN}/events/`, list(false)),
  http.get(`${MAIN}/events/flagged/`, list(true)),

  http.get(`${MAIN}/events/venues`, route(false, ({ partnerId, url }) => {
    const cities = url.searchParams.getAll('city').filter(Boolean);
    const venues = new Map<string, { id: string; city: string | null; venue_name: string | null; hall_name: string | null }>();
    for (const { row, meta } of allRecords(partnerId)) {
      if (cities.length && !cities.includes(row.city ?? '')) continue;
      if (!venues.has(meta.vhId)) venues.set(meta.vhId, { id: meta.vhId, city: row.city, venue_name: row.venue_name, hall_name: row.hall_name });
    }
    const key = (v: { city: string | null; venue_name: string | null; hall_name: string | null }) => `${v.city} ${v.venue_name} ${v.hall_name}`;
    return json([...venues.values()].sort((a, b) => key(a).localeCompare(key(b), 'de')));
  })),

  http.get(`${MAIN}/events/statistics`, route(false, ({ partnerId, url }) => {
    const query = parseListQuery(url);
    if (Array.isArray(query)) return validationError(query);
    return json(listStatistics(partnerId, queryEvents(partnerId, query)));
  })),

  http.get(`${MAIN}/events/:eid`, eventRoute(({ partnerId, record }) => json(eventAnswer(partnerId, record)))),
  http.get(`${MAIN}/events/:eid/statistics`, eventRoute(({ partnerId, eid }) => json(eventStatistics(partnerId, eid)))),
  http.get(`${MAIN}/events/:eid/benchmark`, eventRoute(({ partnerId, eid }) => json(benchmarkOf(partnerId, eid)))),
  http.get(`${MAIN}/events/:eid/sales-graph`, eventRoute(({ partnerId, eid }) => json(salesGraph(partnerId, eid)))),

  http.get(`${MAIN}/events/:eid/tickets`, eventRoute(({ partnerId, eid }) => {
    const byType = new Map(salesTotals(partnerId, eid).byType);
    const plans = ticketPlansOf(partnerId, eid).map((p) => {
      const t = byType.get(p.type);
      byType.delete(p.type);
      return { id: p.id, name: p.name, type: p.type, price: p.priceCents / 100, capacity: p.capacity, sold: t?.tickets ?? 0, revenue: (t?.revenueCents ?? 0) / 100 };
    });
    // Ticket types that only arrived by ingest: no plan, so no capacity; price = average.
    const extra = [...byType].map(([type, t]) => ({
      id: `tc_${type}`, name: type.charAt(0).toUpperCase() + type.slice(1), type,
      price: t.tickets ? Math.round(t.revenueCents / t.tickets) / 100 : 0, capacity: null, sold: t.tickets, revenue: t.revenueCents / 100,
    }));
    return json([...plans, ...extra]);
  })),

  http.put(`${MAIN}/events/:eid/setup_frontend_status`, eventRoute(async ({ request, record }) => {
    const status = (await jsonBody(request))?.frontend_status;
    if (status !== 'DEFAULT' && status !== 'FLAGGED' && status !== 'HIDDEN') {
      return validationError([{ code: 'invalid_choice', field: 'frontend_status', message: 'One of DEFAULT, FLAGGED, HIDDEN' }]);
    }
    record.row.frontend_status = status;
    return noContent();
  })),

  http.put(`${CR}/events/last_updated_on_fe/:eid`, eventRoute(async ({ request, partnerId, eid }) => {
    const status = (await jsonBody(request))?.status;
    if (typeof status !== 'string' || status.trim() === '') return validationError([{ code: 'required', field: 'status' }]);
    recordFrontendUpdate(partnerId, eid, status);
    return noContent();
  })),

  http.put(`${CR}/events/:eid`, eventRoute(async ({ request, partnerId, url, record }) => {
    const eventType = url.searchParams.get('event_type');
    if (!eventType || !EVENT_TYPES.includes(eventType)) return validationError([{ code: 'invalid_choice', field: 'event_type', message: 'fdlive or prisma' }]);
    const product = url.searchParams.get('partner_product');
    if (!product) return validationError([{ code: 'required', field: 'partner_product' }]);
    if (product !== PARTNER_PRODUCTS[partnerId]) return apiError(422, 'error.event.partner_product_mismatch', { error_code: 'PARTNER_PRODUCT_MISMATCH' });
    const body = await jsonBody(request);
    if (!body) return validationError([{ code: 'invalid_json', field: 'body' }]);
    const patch = editPatch(body);
    if (Array.isArray(patch)) return validationError(patch);
    updateEvent(partnerId, record.row.id, patch);
    return json(eventAnswer(partnerId, record));
  })),
];
