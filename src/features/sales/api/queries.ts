import { queryOptions } from '@tanstack/react-query';
import {
  fetchEventChoices,
  fetchSalesEvent,
  fetchSalesSummary,
  fetchTicketCategories,
  type DayRange,
  type EventChoiceParams,
} from './fetchers';

/**
 * Everything about one event lives under ['event', eid, …]. `event` and `tickets` use the same
 * keys as the event-detail feature (shared cache); sales writes refresh ['event', eid]
 * (`refreshEventFigures`), so the daily chart, KPIs and ticket categories refetch at once.
 */
export const salesQueries = {
  event: (eid: string) =>
    queryOptions({ queryKey: ['event', eid] as const, queryFn: ({ signal }) => fetchSalesEvent(eid, { signal }) }),
  tickets: (eid: string) =>
    queryOptions({
      queryKey: ['event', eid, 'tickets'] as const,
      queryFn: ({ signal }) => fetchTicketCategories(eid, { signal }),
    }),
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
