import { queryOptions } from '@tanstack/react-query';
import { fetchCampaignResults, type CampaignResultsScope } from './fetchers';

/** Under ['event', eid, 'campaign-results', …]: invalidating ['event', eid] refreshes it. */
export const attributionQueries = {
  /** Prefix of the event's campaign results for every partner (invalidate after a write). */
  campaignResultsScope: (eid: string) => ['event', eid, 'campaign-results'] as const,
  campaignResults: ({ eid, partnerId }: CampaignResultsScope) => {
    const scope = { eid, partnerId };
    return queryOptions({
      queryKey: ['event', eid, 'campaign-results', scope] as const,
      queryFn: ({ signal }) => fetchCampaignResults(scope, { signal }),
    });
  },
};
