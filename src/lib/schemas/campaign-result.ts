import { z } from 'zod/mini';
import { nullableNumber, nullableString, openEnum, orNull } from './tolerant';

export const CAMPAIGN_RESULT_SOURCES = ['automated', 'manual'] as const;

/**
 * One campaign result row (§5.1): a sales adjustment attributed to campaigns. Used by
 * attribution and by the daily revenue summary's `manual_adjustments` overlay.
 */
export const campaignResultSchema = z.object({
  id: z.string(),
  eid: z.string(),
  partner_id: nullableString(),
  purchase: nullableNumber(),
  /** Money in the event's currency. */
  revenue: nullableNumber(),
  created_at: nullableString(),
  source: orNull(openEnum(CAMPAIGN_RESULT_SOURCES)),
});
export type CampaignResult = z.infer<typeof campaignResultSchema>;
