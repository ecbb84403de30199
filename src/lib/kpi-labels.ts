import { formatMoney } from './format';
/**
 * What the statistics' money fields are called wherever they are shown (overview, event
 * detail), so one number has one name. `revenue`/`purchases` are ticket revenue and tickets sold
 * to date, all sales; `roas` divides the campaign-attributed revenue (campaign results) by the
 * spend, so its hint says so — it is not `revenue ÷ spent`.
 */
export const KPI_LABELS = { revenue: 'Ticket revenue', purchases: 'Tickets sold', spent: 'Ad spend', roas: 'ROAS' } as const;
export const ROAS_HINT = 'attributed revenue per unit of ad spend';

/**
 * The ROAS tile's hint: what a ratio means, or why there is none — a "—" beside money spent reads
 * as broken, while campaign results are only attributed after the event. At most as long as
 * `ROAS_HINT`: the tile keeps room for two hint lines, a third would grow its row (layout shift).
 */
export function roasHint(roas: number | null, spent: number | null): string {
  if (roas !== null) return ROAS_HINT;
  return spent ? 'known after the event, once attributed' : 'no ad spend';
}

/** Two significant figures: 1,749 → 1,700; 136,834 → 140,000. */
const roughly = (v: number) => {
  if (v === 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 1);
  return Math.round(v / scale) * scale;
};

/**
 * One event's ROAS hint, which can name the attributed revenue: beside the ticket revenue tile a
 * ratio of 17× reads as wrong unless it says what it divides. It is ROAS × spend from a rounded
 * ratio, so it is said as a round "about" figure, never as if to the euro.
 */
export function eventRoasHint(roas: number | null, spent: number | null, currency: string | null): string {
  if (roas === null || !spent) return roasHint(roas, spent);
  return `from about ${formatMoney(roughly(roas * spent), currency, { short: true })} attributed revenue`;
}
