import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { ComingSoon } from '@/components/ui/coming-soon';

/** Route(s) of this area. Replace the placeholder with a lazy page module (see README "Adding a page"). */
export const packageBuilderRoutes = (_queryClient: QueryClient): RouteObject[] => [
  { path: 'package-builder', element: <ComingSoon title="Packages" what="Package Builder backhaul: which audience clusters converted." /> },
  { path: 'package-builder/:id', element: <ComingSoon title="Package" what="Backhaul attribution of one package." /> },
];
