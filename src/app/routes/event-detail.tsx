import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject, ShouldRevalidateFunctionArgs } from 'react-router';

/** Changing the chart state in the URL re-renders the panels; no need to rerun the loader. */
export function eventDetailShouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search) return false;
  return defaultShouldRevalidate;
}

/**
 * Lookout event detail. Loader and page are lazy separately: the small loader module starts the
 * requests while the page module (and recharts, with its charts) still downloads.
 */
export const eventDetailRoute = (queryClient: QueryClient): RouteObject[] => [
  {
    path: 'events/:eid',
    shouldRevalidate: eventDetailShouldRevalidate,
    lazy: {
      loader: async () => (await import('./event-detail-loader')).eventDetailLoader(queryClient),
      Component: async () => (await import('./event-detail-page')).EventDetailPage,
    },
  },
];
