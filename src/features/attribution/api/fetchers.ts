import { api } from '@/lib/api';
import type { CampaignResult } from '@/lib/schemas/campaign-result';
import { campaignResultsSchema } from './schemas';

export interface Options {
  signal?: AbortSignal | undefined;
}

export interface CampaignResultsScope {
  eid: string;
  partnerId: string;
}

/** GET /campaign_results/?eid=&partner_id= (trailing slash kept). */
export function fetchCampaignResults({ eid, partnerId }: CampaignResultsScope, { signal }: Options = {}): Promise<CampaignResult[]> {
  return api.request({
    path: '/campaign_results/',
    query: { eid, partner_id: partnerId },
    schema: campaignResultsSchema,
    signal,
  });
}
