import { z } from 'zod/mini';
import { exampleAmount, formatNumber } from '@/lib/format';
import { hasAtMostCents, parseAmount } from '@/lib/amount';
import { isKnown } from '@/lib/schemas/tolerant';
import { CAMPAIGN_GOALS, type CampaignGoal, type DefaultCampaignParameters } from '../api/schemas';

export const GOAL_LABELS: Record<CampaignGoal, string> = {
  UTILIZATION: 'Sell out (utilisation)',
  ROAS: 'Return on ad spend',
  VISIBILITY: 'Visibility',
  LINK_CLICKS: 'Link clicks',
};

/** What the user typed (kept as text so nothing is lost while it is invalid). */
export interface SuggestionDraft {
  budget: string;
  goal: string;
}

export const DEFAULT_GOAL: CampaignGoal = 'UTILIZATION';

/** A campaign budget beyond this is a slipped key (and past it amounts lose their cents as numbers). */
export const MAX_BUDGET = 10_000_000;

const budgetSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1, { error: 'Enter a budget.' })),
  z.pipe(
    z.transform((text: string) => parseAmount(text)),
    z.number({ error: `Enter the budget as a number, e.g. 5000 or ${exampleAmount(5000.5)}.` }).check(
      z.positive({ error: 'The budget must be more than 0.' }),
      z.lte(MAX_BUDGET, { error: `Enter a budget of at most ${formatNumber(MAX_BUDGET)}.` }),
      z.refine(hasAtMostCents, { error: 'Use at most two decimals.' }),
    ),
  ),
);

export const suggestionParamsSchema = z.object({
  budget: budgetSchema,
  goal: z.enum(CAMPAIGN_GOALS, { error: 'Choose one of the listed goals.' }),
});
export type SuggestionParams = z.infer<typeof suggestionParamsSchema>;

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** Valid params, or the first message per field. */
export function parseSuggestionDraft(
  draft: SuggestionDraft,
): { ok: true; params: SuggestionParams } | { ok: false; errors: FieldErrors<keyof SuggestionDraft> } {
  const parsed = suggestionParamsSchema.safeParse(draft);
  if (parsed.success) return { ok: true, params: parsed.data };
  const errors: FieldErrors<keyof SuggestionDraft> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'budget' || field === 'goal') && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

/** The form's starting values from default_campaigns_parameters (unknown goal → the default goal). */
export function draftFromDefaults(defaults: DefaultCampaignParameters | undefined): SuggestionDraft {
  const budget = defaults?.total_budget;
  const goal = defaults?.goal;
  return {
    budget: typeof budget === 'number' && Number.isFinite(budget) && budget > 0 ? String(budget) : '',
    goal: isKnown(CAMPAIGN_GOALS, goal) ? goal : DEFAULT_GOAL,
  };
}
