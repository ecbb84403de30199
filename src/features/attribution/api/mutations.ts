import { api } from '@/lib/api';
import { campaignResultSchema, type CampaignResult } from '@/lib/schemas/campaign-result';
import type { CampaignResultsScope, Options } from './fetchers';

export interface NewCampaignResult extends CampaignResultsScope {
  purchase: number;
  /** Money in the event's currency. */
  revenue: number;
}

/** POST /campaign_results/?eid=&partner_id=&purchase=&revenue= → 201 with the row (source "manual"). */
export function createCampaignResult(input: NewCampaignResult, { signal }: Options = {}): Promise<CampaignResult> {
  return api.request({
    method: 'POST',
    path: '/campaign_results/',
    query: { eid: input.eid, partner_id: input.partnerId, purchase: input.purchase, revenue: input.revenue },
    schema: campaignResultSchema,
    signal,
  });
}

/** DELETE /campaign_results/?id= (204). */
export function deleteCampaignResult(id: string, { signal }: Options = {}): Promise<void> {
  return api.send({ method: 'DELETE', path: '/campaign_results/', query: { id }, signal });
}
