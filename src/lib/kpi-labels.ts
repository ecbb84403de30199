/**
 * What the statistics' money fields are called wherever they are shown (overview, event
 * detail), so one number has one name. `revenue`/`purchases` are ticket revenue and tickets sold
 * to date, all sales; `roas` divides the campaign-attributed revenue (campaign results) by the
 * spend, so its hint says so — it is not `revenue ÷ spent`.
 */
export const KPI_LABELS = { revenue: 'Ticket revenue', purchases: 'Tickets sold', spent: 'Ad spend', roas: 'ROAS' } as const;
export const ROAS_HINT = 'attributed revenue per unit of ad spend';
