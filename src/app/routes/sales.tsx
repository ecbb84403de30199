import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/** Sales data: the area (/sales, pick an event) and one event's tools (/events/:eid/sales). */
export const salesRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    path: 'sales',
    lazy: async () => {
      const { SalesPage, salesLoader, salesShouldRevalidate } = await import('./sales-page');
      return { Component: SalesPage, loader: salesLoader(queryClient), shouldRevalidate: salesShouldRevalidate };
    },
  },
  {
    path: 'events/:eid/sales',
    lazy: async () => {
      const { SalesEventPage, salesEventLoader } = await import('./sales-event-page');
      return { Component: SalesEventPage, loader: salesEventLoader(queryClient) };
    },
  },
];
