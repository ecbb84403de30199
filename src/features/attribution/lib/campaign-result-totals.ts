import { roasOf } from '@/lib/kpi-labels';
import type { CampaignResult } from '@/lib/schemas/campaign-result';

export interface CampaignResultTotals {
  purchases: number;
  /** Money in the event's currency. */
  revenue: number;
  /** null when there are no purchases */
  revenuePerPurchase: number | null;
  /** revenue ÷ spend; null when the spend is unknown or 0 */
  roas: number | null;
  /** how many of the rows are manual adjustments (typed in, not attributed by the job) */
  manual: 'none' | 'some' | 'all';
}

type Row = Pick<CampaignResult, 'purchase' | 'revenue'> & Partial<Pick<CampaignResult, 'source'>>;

const finite = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Sums campaign result rows (null values count as 0) for the post-campaign performance card. */
export function campaignResultTotals(rows: readonly Row[], spend?: number | null): CampaignResultTotals {
  let purchases = 0;
  let revenue = 0;
  let manualRows = 0;
  for (const row of rows) {
    purchases += finite(row.purchase);
    revenue += finite(row.revenue);
    if (row.source === 'manual') manualRows += 1;
  }
  return {
    purchases,
    revenue,
    revenuePerPurchase: purchases > 0 ? revenue / purchases : null,
    roas: roasOf(revenue, spend),
    manual: manualRows === 0 ? 'none' : manualRows === rows.length ? 'all' : 'some',
  };
}
