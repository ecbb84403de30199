import { formatNumber } from '@/lib/format';
import type { BackhaulTotals } from '../lib/backhaul-totals';
import { moneyFormatter } from '../lib/money';

/** Header KPIs summed on the client (§5.2). `stale` dims them while a re-evaluation runs. */
export function BackhaulKpis({ totals, currency, stale = false }: { totals: BackhaulTotals; currency: string | null; stale?: boolean }) {
  const money = moneyFormatter(currency);
  const tiles = [
    { label: 'Customers', value: formatNumber(totals.customers) },
    { label: 'Items', value: formatNumber(totals.items) },
    { label: 'Revenue', value: money(totals.revenue) },
    { label: 'Revenue per customer', value: money(totals.revenuePerCustomer) },
  ];
  return (
    <dl className={`bh-kpis${stale ? ' bh-stale' : ''}`} aria-label="Totals">
      {tiles.map((t) => (
        <div key={t.label} className="card bh-kpi">
          <dt>{t.label}</dt>
          <dd data-testid={`kpi-${t.label.toLowerCase().replace(/ /g, '-')}`}>{t.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function BackhaulKpisSkeleton() {
  return (
    <div className="bh-kpis" role="status" aria-label="Loading totals">
      {[0, 1, 2, 3].map((i) => <div key={i} className="skeleton bh-kpi bh-kpi--skeleton" />)}
    </div>
  );
}
