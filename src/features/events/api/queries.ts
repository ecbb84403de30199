import { queryOptions } from '@tanstack/react-query';
import { sharedEventQueries } from '@/lib/event-queries';
import {
  fetchCampaignStatistics,
  fetchEventStatistics,
  fetchEvents,
  fetchFlaggedEvents,
  fetchVenues,
} from './fetchers';
import { toStatisticsFilters, type EventListFilters } from './list-query';

/**
 * Keys (shared convention): lists under ['events', …]; one event under ['event', eid, …] so
 * invalidating ['event', eid] refreshes everything about it; ['campaigns', 'statistics'].
 */
export const eventQueries = {
  all: () => ['events'] as const,
  lists: () => ['events', 'list'] as const,
  list: (filters: EventListFilters) =>
    queryOptions({
      queryKey: ['events', 'list', filters] as const,
      queryFn: ({ signal }) => fetchEvents(filters, { signal }),
    }),
  flaggedLists: () => ['events', 'flagged'] as const,
  flagged: (filters: EventListFilters) =>
    queryOptions({
      queryKey: ['events', 'flagged', filters] as const,
      queryFn: ({ signal }) => fetchFlaggedEvents(filters, { signal }),
    }),
  statistics: (filters: EventListFilters) => {
    const statsFilters = toStatisticsFilters(filters);
    return queryOptions({
      queryKey: ['events', 'statistics', statsFilters] as const,
      queryFn: ({ signal }) => fetchEventStatistics(statsFilters, { signal }),
    });
  },
  /** Every venue/hall with its city: the city options, and each city's venues, come from this one read. */
  venues: () =>
    queryOptions({
      queryKey: ['events', 'venues'] as const,
      queryFn: ({ signal }) => fetchVenues([], { signal }),
      staleTime: 5 * 60_000,
    }),
  /** Prefix of everything about one event. */
  eventScope: sharedEventQueries.scope,
  detail: sharedEventQueries.detail,
  campaignStatistics: () =>
    queryOptions({
      queryKey: ['campaigns', 'statistics'] as const,
      queryFn: ({ signal }) => fetchCampaignStatistics({ signal }),
    }),
};
