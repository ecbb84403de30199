import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/** Lookout event detail (lazy page module; recharts only loads with its charts). */
export const eventDetailRoute = (queryClient: QueryClient): RouteObject[] => [
  {
    path: 'events/:eid',
    lazy: async () => {
      const { EventDetailPage, eventDetailLoader, eventDetailShouldRevalidate } = await import('./event-detail-page');
      return { Component: EventDetailPage, loader: eventDetailLoader(queryClient), shouldRevalidate: eventDetailShouldRevalidate };
    },
  },
];
