import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { ComingSoon } from '@/components/ui/coming-soon';

/** Route(s) of this area. Replace the placeholder with a lazy page module (see README "Adding a page"). */
export const overviewRoute = (_queryClient: QueryClient): RouteObject[] => [
  { index: true, element: <ComingSoon title="Overview" what="Portfolio KPIs, flagged events and the next 14 days at a glance." /> },
];
