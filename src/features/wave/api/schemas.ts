import { z } from 'zod/mini';
import { envelopeSchema } from '@/lib/schemas/event';
import { nullableNumber, nullableString, openEnum, orDefault, orNull } from '@/lib/schemas/tolerant';

/** A tc run id is a number in campaigns/clusters and a string in suggested_tcs: accept both. */
const tcRunIdSchema = z.union([z.number(), z.string()]);

export const CAMPAIGN_STATES = ['RUNNING', 'PAUSED', 'COMPLETED', 'IGNORED'] as const;

/** One campaign of GET /events/{eid}/campaigns. Money (`budget`, `spent`) in the event's currency. */
export const campaignSchema = z.object({
  eid: z.string(),
  tc: z.string(),
  tc_run_id: orNull(tcRunIdSchema),
  status: orNull(openEnum(CAMPAIGN_STATES)),
  budget: nullableNumber(),
  spent: nullableNumber(),
  start_date: nullableString(),
  end_date: nullableString(),
  creative: orNull(z.object({ headline: nullableString(), body: nullableString() })),
});
export type Campaign = z.infer<typeof campaignSchema>;
/** `{ total, items }` (page/limit/pages may be absent). */
export const campaignPageSchema = envelopeSchema(campaignSchema);

/** GET /events/{eid}/suggested_tcs: best first. */
export const suggestedTcSchema = z.object({ tc: z.string(), tc_run_id: orNull(tcRunIdSchema) });
export type SuggestedTc = z.infer<typeof suggestedTcSchema>;
export const suggestedTcsSchema = z.array(suggestedTcSchema);

/** Campaign goals suggested_tcs accepts (issue 6); the defaults' `goal` stays open. */
export const CAMPAIGN_GOALS = ['UTILIZATION', 'ROAS', 'VISIBILITY', 'LINK_CLICKS'] as const;
export type CampaignGoal = (typeof CAMPAIGN_GOALS)[number];

/** GET /events/{eid}/default_campaigns_parameters: the wizard's starting values. */
export const defaultCampaignParametersSchema = z.object({
  goal: orNull(openEnum(CAMPAIGN_GOALS)),
  total_budget: nullableNumber(),
  start_date: nullableString(),
  end_date: nullableString(),
  clusters: orDefault(z.array(z.string()), () => []),
});
export type DefaultCampaignParameters = z.infer<typeof defaultCampaignParametersSchema>;

export const TASK_STATES = ['PENDING', 'STARTED', 'SUCCESS', 'FAILURE'] as const;

/** GET /events/{eid}/client_campaign_status/task, read once after the PUT. */
export const clientCampaignTaskSchema = z.object({ state: orNull(openEnum(TASK_STATES)) });
export type ClientCampaignTask = z.infer<typeof clientCampaignTaskSchema>;

export type SettableClientCampaignStatus = 'RUNNING' | 'PAUSED';
export type SettableOptimisationStatus = 'ON' | 'OFF';
