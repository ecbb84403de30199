import { api } from '@/lib/api';
import { normalizeEventBenchmark, withNormalizedBenchmark } from '@/lib/benchmark';
import type { Event } from '@/lib/schemas/event';
import {
  attributionModelSchema,
  benchmarkSchema,
  clustersSchema,
  dailyRevenueSchema,
  eventEnvelopeSchema,
  eventKpisSchema,
  salesGraphSchema,
  type AttributionModel,
  type Benchmark,
  type Clusters,
  type DailyRevenue,
  type EventEnvelope,
  type EventKpis,
  type SalesGraph,
} from './schemas';

export interface Options {
  signal?: AbortSignal | undefined;
}

const e = encodeURIComponent;
const eventPath = (eid: string, rest = '') => `/events/${e(eid)}${rest}`;


export function fetchEventKpis(eid: string, { signal }: Options = {}): Promise<EventKpis> {
  return api.request({ path: eventPath(eid, '/statistics'), schema: eventKpisSchema, signal });
}

/** Always fractions of capacity. */
export async function fetchEventBenchmark(eid: string, { signal }: Options = {}): Promise<Benchmark> {
  return normalizeEventBenchmark(await api.request({ path: eventPath(eid, '/benchmark'), schema: benchmarkSchema, signal }));
}

export function fetchSalesGraph(eid: string, { signal }: Options = {}): Promise<SalesGraph> {
  return api.request({ path: eventPath(eid, '/sales-graph'), schema: salesGraphSchema, signal });
}

export interface DailyRevenueRange {
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD */
  end: string;
  /** omitted → the server's (event's) currency */
  currency?: string | undefined;
}

export function fetchDailyRevenue(eid: string, range: DailyRevenueRange, { signal }: Options = {}): Promise<DailyRevenue> {
  return api.request({
    path: '/daily_revenue_summary/',
    query: { event_id: eid, currency: range.currency, start_date: range.start, end_date: range.end },
    schema: dailyRevenueSchema,
    signal,
  });
}


export const SERIES_PAGE_LIMIT = 1000;
const MAX_SERIES_PAGES = 50;

/** Every sibling of the event's series: asks for limit=1000 but follows `pages` if capped. */
export async function fetchSeries(eid: string, { signal }: Options = {}): Promise<Event[]> {
  const page = (n: number) =>
    api.request({
      path: eventPath(eid, '/series'),
      query: { limit: SERIES_PAGE_LIMIT, page: n },
      schema: eventEnvelopeSchema,
      signal,
    });
  const first = await page(1);
  const last = Math.min(first.pages, MAX_SERIES_PAGES);
  const rest = await Promise.all(Array.from({ length: Math.max(0, last - 1) }, (_, i) => page(i + 2)));
  return [first, ...rest].flatMap((p) => p.items).map(withNormalizedBenchmark);
}

export interface SeriesCandidatesParams {
  q?: string | undefined;
  page?: number | undefined;
  /** at most 50 */
  limit?: number | undefined;
}

/** Events that may join the series (envelope). */
export async function fetchAvailableEventsForSeries(
  eid: string,
  params: SeriesCandidatesParams,
  { signal }: Options = {},
): Promise<EventEnvelope> {
  const list = await api.request({
    path: eventPath(eid, '/available_events_for_series'),
    query: { q: params.q?.trim(), page: params.page, limit: params.limit },
    schema: eventEnvelopeSchema,
    signal,
  });
  return { ...list, items: list.items.map(withNormalizedBenchmark) };
}

export function fetchClusters(eid: string, { signal }: Options = {}): Promise<Clusters> {
  return api.request({ path: eventPath(eid, '/clusters'), schema: clustersSchema, signal });
}

export function fetchAttributionModel(eid: string, { signal }: Options = {}): Promise<AttributionModel> {
  return api.request({ path: eventPath(eid, '/attribution_model'), schema: attributionModelSchema, signal });
}
