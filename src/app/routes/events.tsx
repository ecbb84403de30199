import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/** Lookout events list. */
export const eventsRoute = (queryClient: QueryClient): RouteObject[] => [
  {
    path: 'events',
    lazy: async () => {
      const { EventsPage, eventsLoader } = await import('./events-page');
      return { Component: EventsPage, loader: eventsLoader(queryClient) };
    },
  },
];
