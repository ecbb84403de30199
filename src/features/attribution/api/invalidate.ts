import type { QueryClient } from '@tanstack/react-query';
import { attributionQueries } from './queries';

/**
 * After adding or deleting a campaign result: re-read everything about the event
 * (['event', eid]: these rows, the event detail's daily revenue overlay and KPIs) and mark the
 * events lists/statistics stale. Resolves once the active queries have been refetched.
 */
export function invalidateAfterResultWrite(queryClient: QueryClient, eid: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: attributionQueries.listsScope(), refetchType: 'none' });
  return queryClient.invalidateQueries({ queryKey: attributionQueries.eventScope(eid) });
}
