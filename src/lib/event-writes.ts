import type { QueryClient } from '@tanstack/react-query';

/**
 * After a write that changes an event's figures (sales, campaign results): re-read everything
 * cached about the event (['event', eid]: its detail, daily revenue, KPIs, tickets…) and mark the
 * events lists and their statistics (['events', …]) stale, to be read again when next shown.
 * The keys are the features' shared convention. Resolves once the active queries are refetched.
 */
export function refreshEventFigures(queryClient: QueryClient, eid: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: ['events'], refetchType: 'none' });
  return queryClient.invalidateQueries({ queryKey: ['event', eid] });
}
