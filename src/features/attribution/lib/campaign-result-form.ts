import { z } from 'zod/mini';
import { hasAtMostCents, parseAmount, parseCount } from '@/lib/amount';
import { ApiError, describeError } from '@/lib/api-errors';
import { exampleAmount, formatMoney, formatNumber } from '@/lib/format';
import { describeUnsureWrite, outcomeUnknown } from '@/lib/write-outcome';
import type { TicketCategory } from '@/lib/schemas/ticket-category';

/** What the user typed into the manual adjustment form (kept as text: nothing is lost). */
export interface CampaignResultDraft {
  purchase: string;
  revenue: string;
}
export type CampaignResultField = keyof CampaignResultDraft;
/** `amounts`: about both fields together (shown once, next to them); `form`: about the whole save. */
export type CampaignResultErrors = Partial<Record<CampaignResultField | 'amounts' | 'form', string>>;

export const EMPTY_DRAFT: CampaignResultDraft = { purchase: '', revenue: '' };

/** Beyond these one adjustment is a slipped key, not a correction (the largest arenas hold ~100,000). */
export const MAX_PURCHASES = 1_000_000;
export const MAX_REVENUE = 100_000_000;

const purchaseSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1, { error: 'Enter the number of purchases (0 or more).' })),
  z.pipe(
    z.transform((text: string) => (/^[+-]?\d+$/.test(text.replace(/[\s\u00a0\u202f'.,]/g, '')) ? parseCount(text) : Number.NaN)),
    z.number({ error: 'Purchases must be a whole number, e.g. 12.' }).check(
      z.lte(MAX_PURCHASES, { error: `Purchases above ${formatNumber(MAX_PURCHASES)} are not plausible for one adjustment: check the number.` }),
      z.int({ error: 'Purchases must be a whole number, e.g. 12.' }),
      z.gte(0, { error: 'Purchases cannot be negative.' }),
    ),
  ),
);

const revenueSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1, { error: 'Enter the revenue (0 or more).' })),
  z.pipe(
    z.transform((text: string) => parseAmount(text)),
    z.number({ error: `Enter the revenue as an amount, e.g. 1250 or ${exampleAmount(1250.5)}.` }).check(
      z.lte(MAX_REVENUE, { error: `Revenue above ${formatNumber(MAX_REVENUE)} is not plausible for one adjustment: check the amount.` }),
      z.gte(0, { error: 'Revenue cannot be negative.' }),
      z.refine(hasAtMostCents, { error: 'Use at most two decimals.' }),
    ),
  ),
);

/** An adjustment of 0 purchases and 0 revenue changes nothing: refused, it would only add an empty row. */
export const ZERO_ADJUSTMENT = 'Enter purchases or revenue above 0: an adjustment of 0 purchases and 0 revenue changes nothing.';

export const campaignResultInputSchema = z.object({ purchase: purchaseSchema, revenue: revenueSchema });
export type CampaignResultInput = z.infer<typeof campaignResultInputSchema>;

export function parseCampaignResultDraft(
  draft: CampaignResultDraft,
): { ok: true; input: CampaignResultInput } | { ok: false; errors: CampaignResultErrors } {
  const parsed = campaignResultInputSchema.safeParse(draft);
  if (parsed.success) {
    const { purchase, revenue } = parsed.data;
    return purchase > 0 || revenue > 0 ? { ok: true, input: parsed.data } : { ok: false, errors: { amounts: ZERO_ADJUSTMENT } };
  }
  const errors: CampaignResultErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'purchase' || field === 'revenue') && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

/** Ticket shops seldom sell more than this many tickets in one purchase. */
export const MAX_TICKETS_PER_PURCHASE = 10;

/**
 * A revenue worth a second look (a slipped key adds zeros): more per purchase than
 * MAX_TICKETS_PER_PURCHASE of the event's dearest tickets. Revenue without purchases (a
 * correction) counts as one purchase. No question when no ticket price is known.
 */
export function revenueQuestion(input: CampaignResultInput, categories: readonly TicketCategory[] | undefined, currency: string | null): string | null {
  const prices = (categories ?? []).map((c) => c.price).filter((p): p is number => p !== null && p > 0);
  if (prices.length === 0) return null;
  const dearest = Math.max(...prices);
  const perPurchase = input.revenue / Math.max(input.purchase, 1);
  if (perPurchase <= dearest * MAX_TICKETS_PER_PURCHASE) return null;
  return `That is ${formatMoney(perPurchase, currency)} per purchase, more than ${MAX_TICKETS_PER_PURCHASE} of this event’s dearest tickets (${formatMoney(dearest, currency)} each). Check the amount, or confirm below.`;
}

const FIELD_ALIASES: Record<string, CampaignResultField> = { purchase: 'purchase', purchases: 'purchase', revenue: 'revenue' };

/** The server's validation_errors next to the fields they name; everything else as a form error. */
export function serverErrors(error: unknown): CampaignResultErrors {
  const errors: CampaignResultErrors = {};
  const unplaced: string[] = [];
  const list = error instanceof ApiError ? error.validationErrors : [];
  for (const item of list) {
    const text = item.message ?? (item.code ? `Not accepted by the server (${item.code}).` : 'Not accepted by the server.');
    const field = item.field ? FIELD_ALIASES[item.field] : undefined;
    if (field && !errors[field]) errors[field] = text;
    else unplaced.push(item.field ? `${item.field}: ${text}` : text);
  }
  const summary = list.length > 0
    ? 'The server did not accept these values.'
    : outcomeUnknown(error)
      ? `${describeUnsureWrite(error)} It may still have been added: check the adjustments below before adding it again.`
      : `Could not save. ${describeError(error)}`;
  errors.form = [summary, ...unplaced].join(' ');
  return errors;
}
