import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/**
 * Wave campaign detail: controls, campaigns, audience suggestions, post-campaign performance.
 * Loader and page are lazy separately: the small loader module starts the requests while the page
 * module still downloads.
 */
export const campaignDetailRoute = (queryClient: QueryClient): RouteObject[] => [
  {
    path: 'campaigns/:eid',
    lazy: {
      loader: async () => (await import('./campaign-detail-loader')).campaignDetailLoader(queryClient),
      Component: async () => (await import('./campaign-detail-page')).CampaignDetailPage,
    },
  },
];
