import { api } from '@/lib/api';
import { withNormalizedBenchmark } from '@/lib/benchmark';
import { toListQuery, toStatisticsFilters, type EventListFilters } from './list-query';
import {
  campaignStatisticsSchema,
  eventListSchema,
  eventStatisticsSchema,
  venuesSchema,
  type CampaignStatistics,
  type EventList,
  type EventStatistics,
  type Venue,
} from './schemas';

interface Options {
  signal?: AbortSignal | undefined;
}

/** Benchmarks in the cache are always fractions (see lib/benchmark). */
const normalizeList = (list: EventList): EventList => ({ ...list, items: list.items.map(withNormalizedBenchmark) });

export async function fetchEvents(filters: EventListFilters, { signal }: Options = {}): Promise<EventList> {
  const list = await api.request({ path: '/events/', query: toListQuery(filters), schema: eventListSchema, signal });
  return normalizeList(list);
}

export async function fetchFlaggedEvents(filters: EventListFilters, { signal }: Options = {}): Promise<EventList> {
  const list = await api.request({ path: '/events/flagged/', query: toListQuery(filters), schema: eventListSchema, signal });
  return normalizeList(list);
}

export function fetchVenues(cities: readonly string[], { signal }: Options = {}): Promise<Venue[]> {
  return api.request({ path: '/events/venues', query: { city: cities }, schema: venuesSchema, signal });
}

/** Same filters as the list, minus paging/sorting; no frontend_status/flagged_to_top changes. */
export function fetchEventStatistics(filters: EventListFilters, { signal }: Options = {}): Promise<EventStatistics> {
  const { page: _p, limit: _l, sort: _s, flagged_to_top: _f, ...query } = toListQuery(toStatisticsFilters(filters));
  return api.request({ path: '/events/statistics', query, schema: eventStatisticsSchema, signal });
}

export function fetchCampaignStatistics({ signal }: Options = {}): Promise<CampaignStatistics> {
  return api.request({ path: '/campaigns/statistics', schema: campaignStatisticsSchema, signal });
}

