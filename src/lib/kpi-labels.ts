import { formatMoney } from './format';
/**
 * What the statistics' money fields are called wherever they are shown (overview, event
 * detail), so one number has one name. `revenue`/`purchases` are ticket revenue and tickets sold
 * to date, all sales; `roas` divides the campaign-attributed revenue (campaign results) by the
 * spend, so its hint says so — it is not `revenue ÷ spent`.
 */
export const KPI_LABELS = { revenue: 'Ticket revenue', purchases: 'Tickets sold', spent: 'Ad spend', roas: 'ROAS' } as const;
export const ROAS_HINT = 'attributed revenue per unit of ad spend';

/** Return on ad spend: revenue ÷ spend, unrounded; null when the spend is unknown or 0. */
export function roasOf(revenue: number, spend: number | null | undefined): number | null {
  return typeof spend === 'number' && Number.isFinite(spend) && spend > 0 ? revenue / spend : null;
}

/**
 * One event's ROAS as shown: from its attributed revenue and spend once the revenue is known, as
 * the Wave page computes it. The API's `roas` is rounded to two decimals, and 1.35 shown at one
 * decimal is 1.4× where the exact 1.347 is 1.3×; it stands in while the revenue is unknown, and its
 * null (no results yet) stays null.
 */
export function eventRoas(roas: number | null, spent: number | null, attributed?: number): number | null {
  if (roas === null || attributed === undefined) return roas;
  return roasOf(attributed, spent) ?? roas;
}

/**
 * The ROAS tile's hint: what a ratio means, or why there is none — a "—" beside money spent reads
 * as broken, while campaign results are only attributed after the event. At most as long as
 * `ROAS_HINT`: the tile keeps room for two hint lines, a third would grow its row (layout shift).
 */
export function roasHint(roas: number | null, spent: number | null): string {
  if (roas !== null) return ROAS_HINT;
  return spent ? 'known after the event, once attributed' : 'no ad spend';
}

/**
 * One event's ROAS hint, which names the attributed revenue: beside the ticket revenue tile a
 * ratio of 17× reads as wrong unless it says what it divides. `attributed` is the sum of the
 * event's campaign results, the Revenue of the Wave page's post-campaign performance, shown to
 * the cent as there; while it is unknown (loading, unreadable) the hint explains the ratio instead
 * of deriving a figure from the rounded ratio that would not match that page.
 */
export function eventRoasHint(roas: number | null, spent: number | null, currency: string | null, attributed?: number): string {
  if (roas === null || !spent) return roasHint(roas, spent);
  return attributed === undefined ? ROAS_HINT : `from ${formatMoney(attributed, currency)} attributed revenue`;
}
