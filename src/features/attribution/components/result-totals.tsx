import { KpiTile } from '@/components/ui/kpi-tile';
import { formatMoney, formatNumber, formatRatio } from '@/lib/format';
import type { CampaignResultTotals } from '../lib/campaign-result-totals';

/** Purchases, revenue, revenue per purchase and ROAS (where the spend is known), all attributed. */
export function ResultTotals({ totals, currency, spend, hasResults }: {
  totals: CampaignResultTotals;
  currency: string | null;
  spend: number | null | undefined;
  /** Without any result row, ROAS is not 0× but not known yet. */
  hasResults: boolean;
}) {
  const roas = hasResults ? totals.roas : null;
  // a ratio from typed-in figures (before the attribution job ran, say) must not read as the final one
  const basis = { none: '', some: ', incl. manual adjustments', all: ', from manual adjustments only' }[totals.manual];
  const hint = !hasResults ? 'no results yet'
    : roas !== null ? `on ${formatMoney(spend, currency)} spent${basis}`
    : spend === 0 ? 'nothing spent yet'
    : 'needs the campaign spend';
  return (
    <div className="kpi-grid kpi-grid--inset kpi-grid--two kpi-grid--no-hints">
      <KpiTile label="Purchases" value={formatNumber(totals.purchases)} />
      <KpiTile label="Revenue" value={formatMoney(totals.revenue, currency)} />
      <KpiTile label="Revenue per purchase" value={formatMoney(totals.revenuePerPurchase, currency)} />
      <KpiTile
        label="ROAS"
        value={formatRatio(roas)}
        hint={hint}
      />
    </div>
  );
}
