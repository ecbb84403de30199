import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { session } from '@/lib/api';
import { partnerQueries } from '@/features/auth/api/auth';
import { backhaulQueries } from '@/features/backhaul/api/queries';

// In the route objects, so the requests start while the page modules download.

/** Prefetches the list; the page shows its own skeleton and error (never a blank page). */
export const packageListLoader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(backhaulQueries.list());
  return null;
};

/** The package itself is critical (a 404 shows not-found); results, settings and currency prefetch. */
export const packageDetailLoader = (queryClient: QueryClient) => async ({ params }: LoaderFunctionArgs) => {
  const id = params.id ?? '';
  const partnerId = session.get()?.partnerId;
  void queryClient.prefetchQuery(backhaulQueries.evaluation(id));
  void queryClient.prefetchQuery(backhaulQueries.evaluationDetails(id));
  if (partnerId) void queryClient.prefetchQuery(partnerQueries.current(partnerId));
  await queryClient.ensureQueryData(backhaulQueries.detail(id));
  return null;
};
