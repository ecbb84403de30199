import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/**
 * Wave campaigns list. Loader and page are lazy separately: the small loader module starts the
 * reads while the page module still downloads.
 */
export const campaignsRoute = (queryClient: QueryClient): RouteObject[] => [
  {
    path: 'campaigns',
    lazy: {
      loader: async () => (await import('./list-loaders')).campaignsLoader(queryClient),
      Component: async () => (await import('./campaigns-page')).CampaignsPage,
    },
  },
];
