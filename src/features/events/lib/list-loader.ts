import { hashKey, type QueryClient } from '@tanstack/react-query';
import { session } from '@/lib/api';
import { eventQueries } from '../api/queries';
import { eventsSearch, toListFilters } from './events-search';

/**
 * For route loaders of the list pages: starts the read of the page the URL asks for (not
 * awaited, so the table shows its skeleton meanwhile). Nothing while signed out.
 *
 * A list read an earlier URL started that no table watches yet (the user changed the filter
 * before the page first drew) is cancelled: TanStack Query cancels a superseded read only when
 * an observer leaves it, and such a read has none.
 */
export function prefetchEventsList(queryClient: QueryClient, url: string, timeZone: string): void {
  if (!session.get()?.partnerId) return;
  const search = eventsSearch.parse(new URL(url).searchParams);
  const options = eventQueries.list(toListFilters(search, timeZone));
  const wanted = hashKey(options.queryKey);
  void queryClient.cancelQueries({
    queryKey: eventQueries.lists(),
    fetchStatus: 'fetching',
    predicate: (query) => query.queryHash !== wanted && query.getObserversCount() === 0,
  });
  void queryClient.prefetchQuery(options);
}
