import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { ComingSoon } from '@/components/ui/coming-soon';

/** Route(s) of this area. Replace the placeholder with a lazy page module (see README "Adding a page"). */
export const eventsRoute = (_queryClient: QueryClient): RouteObject[] => [
  { path: 'events', element: <ComingSoon title="Events" what="Every event with its demand benchmark, filters, flag and hide." /> },
];
