import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { PackageRouteError } from './package-not-found';

/**
 * Package Builder: the packages list and one package's backhaul attribution. Loaders and pages are
 * lazy separately: the small loader module starts the requests while the page module still downloads.
 */
export const packageBuilderRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    path: 'package-builder',
    lazy: {
      loader: async () => (await import('./package-loaders')).packageListLoader(queryClient),
      Component: async () => (await import('./package-list-page')).PackageListPage,
    },
  },
  {
    path: 'package-builder/:id',
    // not lazy: the loader's 404 (unknown id) must find it without another download
    errorElement: <PackageRouteError />,
    lazy: {
      loader: async () => (await import('./package-loaders')).packageDetailLoader(queryClient),
      Component: async () => (await import('./package-detail-page')).PackageDetailPage,
    },
  },
];
