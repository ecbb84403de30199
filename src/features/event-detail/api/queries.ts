import { queryOptions } from '@tanstack/react-query';
import { sharedEventQueries } from '@/lib/event-queries';
import {
  fetchAttributionModel,
  fetchAvailableEventsForSeries,
  fetchClusters,
  fetchDailyRevenue,
  fetchEventBenchmark,
  fetchEventKpis,
  fetchSalesGraph,
  fetchSeries,
  type DailyRevenueRange,
  type SeriesCandidatesParams,
} from './fetchers';

/** Everything here lives under ['event', eid, …]: invalidating ['event', eid] refreshes it all. */
export const eventDetailQueries = {
  eventScope: sharedEventQueries.scope,
  /** Every event list (the events feature's keys start here); refreshed after an edit. */
  lists: () => ['events'] as const,
  detail: sharedEventQueries.detail,
  kpis: (eid: string) =>
    queryOptions({
      queryKey: ['event', eid, 'statistics'] as const,
      queryFn: ({ signal }) => fetchEventKpis(eid, { signal }),
    }),
  benchmark: (eid: string) =>
    queryOptions({
      queryKey: ['event', eid, 'benchmark'] as const,
      queryFn: ({ signal }) => fetchEventBenchmark(eid, { signal }),
    }),
  salesGraph: (eid: string) =>
    queryOptions({
      queryKey: ['event', eid, 'sales-graph'] as const,
      queryFn: ({ signal }) => fetchSalesGraph(eid, { signal }),
    }),
  /** Every range and currency of the daily revenue (what the attribution model changes). */
  dailyRevenueScope: (eid: string) => ['event', eid, 'daily-revenue'] as const,
  dailyRevenue: (eid: string, { start, end, currency }: DailyRevenueRange) => {
    const range = { start, end, currency };
    return queryOptions({
      queryKey: ['event', eid, 'daily-revenue', range] as const,
      /** The answer carries the range it was asked for (so a previous range shown meanwhile stays right). */
      queryFn: async ({ signal }) => ({ ...(await fetchDailyRevenue(eid, range, { signal })), requested: range }),
    });
  },
  tickets: sharedEventQueries.tickets,
  series: (eid: string) =>
    queryOptions({
      queryKey: ['event', eid, 'series'] as const,
      queryFn: ({ signal }) => fetchSeries(eid, { signal }),
    }),
  seriesCandidatesScope: (eid: string) => ['event', eid, 'series-candidates'] as const,
  seriesCandidates: (eid: string, { q, page, limit }: SeriesCandidatesParams) => {
    const params = { q, page, limit };
    return queryOptions({
      queryKey: ['event', eid, 'series-candidates', params] as const,
      queryFn: ({ signal }) => fetchAvailableEventsForSeries(eid, params, { signal }),
    });
  },
  clusters: (eid: string) =>
    queryOptions({
      queryKey: ['event', eid, 'clusters'] as const,
      queryFn: ({ signal }) => fetchClusters(eid, { signal }),
    }),
  attributionModel: (eid: string) =>
    queryOptions({
      queryKey: ['event', eid, 'attribution-model'] as const,
      queryFn: ({ signal }) => fetchAttributionModel(eid, { signal }),
    }),
};
