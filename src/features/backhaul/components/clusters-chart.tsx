import { ChartFrame, type TableColumn } from '@/components/charts/chart-frame';
import { BarsChart } from '@/components/charts/lazy-charts';
import { formatMoney, formatPercent } from '@/lib/format';
import type { ClusterTableRow } from '../lib/cluster-table';

const BAR_HEIGHT = 40;

/** Revenue per cluster as bars (lazy recharts) with the same numbers as a table alternative. */
export function ClustersChart({ rows, currency }: { rows: readonly ClusterTableRow[]; currency: string | null }) {
  const money = (v: number | null | undefined) => formatMoney(v, currency);
  const short = (v: number | null | undefined) => formatMoney(v, currency, { short: true });
  const byRevenue = [...rows].sort((a, b) => b.revenue - a.revenue);
  const top = byRevenue[0];
  // the share with the table's precision: "38.6%" there and "39%" here read as two numbers
  const columns: TableColumn<ClusterTableRow>[] = [
    { key: 'name', label: 'Cluster', render: (r) => r.name },
    { key: 'revenue', label: 'Revenue', align: 'end', render: (r) => money(r.revenue) },
    { key: 'share', label: 'Share of revenue', align: 'end', render: (r) => formatPercent(r.revenueShare, 1) },
  ];
  return (
    <ChartFrame
      title="Revenue by cluster"
      summary={top ? `${top.name} brought the most revenue: ${money(top.revenue)} (${formatPercent(top.revenueShare, 1)} of the total).` : 'No revenue yet.'}
      height={Math.max(160, byRevenue.length * BAR_HEIGHT + 40)}
      columns={columns}
      rows={byRevenue}
      rowKey={(r) => r.tc}
    >
      <BarsChart data={byRevenue.map((r) => ({ name: r.name, revenue: r.revenue }))} labelKey="name" valueKey="revenue" valueLabel="Revenue" format={short} />
    </ChartFrame>
  );
}
