import type { QueryClient } from '@tanstack/react-query';
import { session } from '@/lib/api';
import { eventQueries } from '../api/queries';
import { eventsSearch, toListFilters } from './events-search';

/**
 * For route loaders of the list pages: starts the read of the page the URL asks for (not
 * awaited, so the table shows its skeleton meanwhile). Nothing while signed out.
 */
export function prefetchEventsList(queryClient: QueryClient, url: string, timeZone: string): void {
  if (!session.get()?.partnerId) return;
  const search = eventsSearch.parse(new URL(url).searchParams);
  void queryClient.prefetchQuery(eventQueries.list(toListFilters(search, timeZone)));
}
