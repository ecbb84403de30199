import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { ComingSoon } from '@/components/ui/coming-soon';

/** Route(s) of this area. Replace the placeholder with a lazy page module (see README "Adding a page"). */
export const salesRoutes = (_queryClient: QueryClient): RouteObject[] => [
  { path: 'sales', element: <ComingSoon title="Sales data" what="Add sales, upload a workbook, bulk edit and clear an event's sales." /> },
  { path: 'events/:eid/sales', element: <ComingSoon title="Sales data" what="Add sales, upload a workbook, bulk edit and clear this event's sales." /> },
];
