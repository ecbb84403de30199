import { formatMoney, formatNumber, formatRatio } from '@/lib/format';
import type { CampaignResultTotals } from '../lib/campaign-result-totals';

/** Purchases, revenue, revenue per purchase and ROAS (where the spend is known). */
export function ResultTotals({ totals, currency, spend, hasResults }: {
  totals: CampaignResultTotals;
  currency: string;
  spend: number | null | undefined;
  /** Without any result row, ROAS is not 0× but not known yet. */
  hasResults: boolean;
}) {
  const roas = hasResults ? totals.roas : null;
  return (
    <dl className="result-totals">
      <div><dt>Purchases</dt><dd>{formatNumber(totals.purchases)}</dd></div>
      <div><dt>Revenue</dt><dd>{formatMoney(totals.revenue, currency)}</dd></div>
      <div><dt>Revenue per purchase</dt><dd>{formatMoney(totals.revenuePerPurchase, currency)}</dd></div>
      <div>
        <dt>ROAS</dt>
        <dd>{formatRatio(roas)}</dd>
        <dd className="result-totals__note muted">
          {!hasResults ? 'no results yet' : roas !== null ? `on ${formatMoney(spend, currency)} spent` : 'needs the campaign spend'}
        </dd>
      </div>
    </dl>
  );
}
