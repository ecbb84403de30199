import { z } from 'zod/mini';
import { campaignResultSchema } from '@/lib/schemas/campaign-result';

/** GET /campaign_results/ (§5.1): a plain array of rows. */
export const campaignResultsSchema = z.array(campaignResultSchema);
