import { KpiTile } from '@/components/ui/kpi-tile';
import { staleClass } from '@/components/ui/stale';
import type { BackhaulTotals } from '../lib/backhaul-totals';
import { formatMoneyForTile, formatNumber } from '@/lib/format';

const LABELS = ['Customers', 'Items', 'Revenue', 'Revenue per customer'] as const;

/**
 * Header KPIs summed on the client (§5.2), as tiles like every other page's: money short (it never
 * wraps mid-number) with the full amount as the hint. `null` totals show the labelled tiles with
 * placeholder values while the evaluation loads. `stale` marks them as the previous numbers while a
 * re-evaluation runs.
 */
export function BackhaulKpis({ totals, currency, stale = false }: { totals: BackhaulTotals | null; currency: string | null; stale?: boolean }) {
  const tiles = totals && [
    { value: formatNumber(totals.customers), hint: 'e-mail recipients who bought' },
    // what "Items" counts, as the models' descriptions say ("every ticket the recipients bought"): it meant nothing alone
    { value: formatNumber(totals.items), hint: 'tickets they bought' },
    formatMoneyForTile(totals.revenue, currency),
    formatMoneyForTile(totals.revenuePerCustomer, currency),
  ];
  return (
    <div className={staleClass(stale, 'kpi-grid kpi-grid--two-narrow')} role="group" aria-label="Totals" aria-busy={stale || undefined}>
      {LABELS.map((label, i) => <KpiTile key={label} label={label} value={tiles?.[i]?.value} hint={tiles?.[i]?.hint} loading={!tiles} />)}
    </div>
  );
}
