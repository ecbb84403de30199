import type { BackhaulClusterResult } from '../api/schemas';

export interface BackhaulClusterRow {
  /** the cluster key (e.g. "family_outings_munich") */
  tc: string;
  customers: number;
  items: number;
  /** money: the cluster's `purchase` */
  revenue: number;
  /** 0–1; null when the total revenue is 0 */
  revenueShare: number | null;
}

export interface BackhaulTotals {
  customers: number;
  items: number;
  revenue: number;
  /** null when there are no customers */
  revenuePerCustomer: number | null;
  /** by revenue, largest first (ties keep the server's order) */
  clusters: BackhaulClusterRow[];
}

const finite = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Header KPIs of a backhaul evaluation, summed on the client (§5.2), plus per-cluster shares. */
export function backhaulTotals(clusters: Readonly<Record<string, BackhaulClusterResult>>): BackhaulTotals {
  const rows = Object.entries(clusters).map(([tc, c]) => ({
    tc,
    customers: finite(c.customers),
    items: finite(c.items),
    revenue: finite(c.purchase),
  }));
  const customers = rows.reduce((sum, r) => sum + r.customers, 0);
  const items = rows.reduce((sum, r) => sum + r.items, 0);
  const revenue = rows.reduce((sum, r) => sum + r.revenue, 0);
  return {
    customers,
    items,
    revenue,
    revenuePerCustomer: customers > 0 ? revenue / customers : null,
    clusters: rows
      .map((r) => ({ ...r, revenueShare: revenue !== 0 ? r.revenue / revenue : null }))
      .sort((a, b) => b.revenue - a.revenue),
  };
}
