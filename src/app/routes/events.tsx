import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/**
 * Lookout events list. Loader and page are lazy separately: the small loader module starts the
 * list read while the page module still downloads.
 */
export const eventsRoute = (queryClient: QueryClient): RouteObject[] => [
  {
    path: 'events',
    lazy: {
      loader: async () => (await import('./list-loaders')).eventsLoader(queryClient),
      Component: async () => (await import('./events-page')).EventsPage,
    },
  },
];
