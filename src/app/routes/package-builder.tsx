import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/** Package Builder: the packages list and one package's backhaul attribution (lazy page modules). */
export const packageBuilderRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    path: 'package-builder',
    lazy: async () => {
      const { PackageListPage, packageListLoader } = await import('./package-list-page');
      return { Component: PackageListPage, loader: packageListLoader(queryClient) };
    },
  },
  {
    path: 'package-builder/:id',
    lazy: async () => {
      const { PackageDetailPage, packageDetailLoader } = await import('./package-detail-page');
      return { Component: PackageDetailPage, loader: packageDetailLoader(queryClient) };
    },
  },
];
