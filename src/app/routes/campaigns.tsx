import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/** Wave campaigns list. */
export const campaignsRoute = (queryClient: QueryClient): RouteObject[] => [
  {
    path: 'campaigns',
    lazy: async () => {
      const { CampaignsPage, campaignsLoader } = await import('./campaigns-page');
      return { Component: CampaignsPage, loader: campaignsLoader(queryClient) };
    },
  },
];
