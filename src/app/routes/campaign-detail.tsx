import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/** Wave campaign detail: controls, campaigns, audience suggestions, post-campaign performance (lazy). */
export const campaignDetailRoute = (queryClient: QueryClient): RouteObject[] => [
  {
    path: 'campaigns/:eid',
    lazy: async () => {
      const { CampaignDetailPage, campaignDetailLoader } = await import('./campaign-detail-page');
      return { Component: CampaignDetailPage, loader: campaignDetailLoader(queryClient) };
    },
  },
];
