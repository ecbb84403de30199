import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { ComingSoon } from '@/components/ui/coming-soon';

/** Route(s) of this area. Replace the placeholder with a lazy page module (see README "Adding a page"). */
export const eventDetailRoute = (_queryClient: QueryClient): RouteObject[] => [
  { path: 'events/:eid', element: <ComingSoon title="Event" what="Sales vs prediction, daily revenue, tickets, series and taste clusters." /> },
];
