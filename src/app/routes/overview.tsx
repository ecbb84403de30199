import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/** Lookout overview (the index page). */
export const overviewRoute = (queryClient: QueryClient): RouteObject[] => [
  {
    index: true,
    lazy: async () => {
      const { OverviewPage, overviewLoader } = await import('./overview-page');
      return { Component: OverviewPage, loader: overviewLoader(queryClient) };
    },
  },
];
