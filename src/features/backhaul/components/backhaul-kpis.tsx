import { KpiTile } from '@/components/ui/kpi-tile';
import { formatNumber } from '@/lib/format';
import type { BackhaulTotals } from '../lib/backhaul-totals';
import { moneyFormatter } from '../lib/money';

const LABELS = ['Customers', 'Items', 'Revenue', 'Revenue per customer'] as const;

/**
 * Header KPIs summed on the client (§5.2), as tiles like every other page's; `null` totals show
 * the labelled tiles with placeholder values while the evaluation loads. `stale` dims them while a
 * re-evaluation runs.
 */
export function BackhaulKpis({ totals, currency, stale = false }: { totals: BackhaulTotals | null; currency: string | null; stale?: boolean }) {
  const money = moneyFormatter(currency);
  const values = totals && [formatNumber(totals.customers), formatNumber(totals.items), money(totals.revenue), money(totals.revenuePerCustomer)];
  return (
    <div className={`kpi-grid kpi-grid--no-hints${stale ? ' bh-stale' : ''}`} role="group" aria-label="Totals">
      {LABELS.map((label, i) => <KpiTile key={label} label={label} value={values?.[i]} loading={!values} />)}
    </div>
  );
}
