import { queryOptions } from '@tanstack/react-query';
import {
  fetchCampaigns,
  fetchClientCampaignTask,
  fetchDefaultCampaignParameters,
  fetchSuggestedTcs,
  type SuggestedTcsParams,
} from './fetchers';

/** Everything here lives under ['event', eid, …]: invalidating ['event', eid] refreshes it all. */
export const waveQueries = {
  campaigns: (eid: string) =>
    queryOptions({
      queryKey: ['event', eid, 'campaigns'] as const,
      queryFn: ({ signal }) => fetchCampaigns(eid, { signal }),
    }),
  suggestedTcs: (eid: string, { budget, goal }: SuggestedTcsParams) => {
    const params = { budget, goal };
    return queryOptions({
      queryKey: ['event', eid, 'suggested-tcs', params] as const,
      queryFn: ({ signal }) => fetchSuggestedTcs(eid, params, { signal }),
    });
  },
  defaultCampaignParameters: (eid: string) =>
    queryOptions({
      queryKey: ['event', eid, 'default-campaign-parameters'] as const,
      queryFn: ({ signal }) => fetchDefaultCampaignParameters(eid, { signal }),
    }),
  /** Read once after a client_campaign_status change; never served from cache. */
  clientCampaignTask: (eid: string) =>
    queryOptions({
      queryKey: ['event', eid, 'client-campaign-status-task'] as const,
      queryFn: ({ signal }) => fetchClientCampaignTask(eid, { signal }),
      staleTime: 0,
      gcTime: 0,
    }),
};
