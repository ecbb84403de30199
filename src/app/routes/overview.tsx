import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/**
 * Lookout overview (the index page, where most visits start). Loader and page are lazy
 * separately, like every page: on a cold load index.html has already requested both
 * (scripts/first-route-preload.ts), so the reads start as soon as the app runs.
 */
export const overviewRoute = (queryClient: QueryClient): RouteObject[] => [
  {
    index: true,
    lazy: {
      loader: async () => (await import('./overview-loader')).overviewLoader(queryClient),
      Component: async () => (await import('./overview-page')).OverviewPage,
    },
  },
];
