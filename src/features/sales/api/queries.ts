import { queryOptions } from '@tanstack/react-query';
import { sharedEventQueries } from '@/lib/event-queries';
import {
  fetchEventChoices,
  fetchSalesSummary,
  type DayRange,
  type EventChoiceParams,
} from './fetchers';

/**
 * Everything about one event lives under ['event', eid, …]. `event` and `tickets` use the same
 * keys as the event-detail feature (shared cache); sales writes refresh ['event', eid]
 * (`refreshEventFigures`), so the daily chart, KPIs and ticket categories refetch at once.
 */
export const salesQueries = {
  event: sharedEventQueries.detail,
  tickets: sharedEventQueries.tickets,
  summary: (eid: string, { start, end }: DayRange) => {
    const range = { start, end };
    return queryOptions({
      queryKey: ['event', eid, 'sales-summary', range] as const,
      queryFn: ({ signal }) => fetchSalesSummary(eid, range, { signal }),
    });
  },
  eventChoices: ({ q, page, since, until, sort }: EventChoiceParams) => {
    const params = { q, page, since, until, sort };
    return queryOptions({
      queryKey: ['events', 'sales-choices', params] as const,
      queryFn: ({ signal }) => fetchEventChoices(params, { signal }),
    });
  },
};
