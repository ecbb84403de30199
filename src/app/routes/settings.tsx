import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { ComingSoon } from '@/components/ui/coming-soon';

/** Route(s) of this area. Replace the placeholder with a lazy page module (see README "Adding a page"). */
export const settingsRoute = (_queryClient: QueryClient): RouteObject[] => [
  { path: 'settings', element: <ComingSoon title="Settings" what="Partner defaults for backhaul attribution." /> },
];
