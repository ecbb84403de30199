import type { QueryClient } from '@tanstack/react-query';
import { env } from '@/config/env';
import { session } from '@/lib/api';
import { overviewQueries } from '@/features/events/lib/overview-queries';

/**
 * Starts every panel's read at once; each panel renders as soon as its own data is there.
 * In the route object (not the lazy page module), so the reads start while the page code downloads.
 */
export const overviewLoader = (queryClient: QueryClient) => () => {
  if (!session.get()?.partnerId) return null;
  const q = overviewQueries(env.partnerTimeZone);
  void queryClient.prefetchQuery(q.statistics);
  void queryClient.prefetchQuery(q.campaignStatistics);
  void queryClient.prefetchQuery(q.flaggedCount);
  void queryClient.prefetchQuery(q.flaggedUpcoming);
  void queryClient.prefetchQuery(q.upcoming);
  return null;
};
