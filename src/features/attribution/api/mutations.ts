import { api } from '@/lib/api';
import { ApiError } from '@/lib/api-errors';
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

/**
 * DELETE /campaign_results/?id= (204). A 404 `error.campaign_result.not_found` means the row is
 * gone, which is what was asked: typically an earlier try of this same delete (retried after its
 * answer was lost) took it, or another user did.
 */
export async function deleteCampaignResult(id: string, { signal }: Options = {}): Promise<void> {
  try {
    await api.send({ method: 'DELETE', path: '/campaign_results/', query: { id }, signal });
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404 && error.messageKey === 'error.campaign_result.not_found')) throw error;
  }
}
