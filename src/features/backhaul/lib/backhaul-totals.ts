import type { BackhaulClusterResult } from '../api/schemas';

export interface BackhaulClusterRow {
  /** the cluster key (e.g. "family_outings_munich") */
  tc: string;
  customers: number;
  items: number;
  /** money: the cluster's `purchase` */
  revenue: number;
  /** 0–1 in steps of 0.001 (0.1 %), the clusters' shares adding up to exactly 1; null when the total revenue is 0 */
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

/** Shares are shown to 0.1 %: thousandths. */
const STEPS = 1000;

/**
 * Each part's share of the total in thousandths, rounded so they add up to exactly 1 (largest
 * remainder): shares shown to 0.1 % that add up to 100.1 % read as an error to whoever checks.
 */
function sharesAddingUp(parts: readonly number[], total: number): number[] {
  const exact = parts.map((p) => (p / total) * STEPS);
  const floors = exact.map(Math.floor);
  let left = STEPS - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors.map((f) => f / STEPS);
}

function withShares(rows: readonly Omit<BackhaulClusterRow, 'revenueShare'>[], revenue: number): BackhaulClusterRow[] {
  // (negative amounts, refunds, have no share that adds up: those are shown as they are)
  if (revenue <= 0 || rows.some((r) => r.revenue < 0)) return rows.map((r) => ({ ...r, revenueShare: revenue !== 0 ? r.revenue / revenue : null }));
  const shares = sharesAddingUp(rows.map((r) => r.revenue), revenue);
  return rows.map((r, i) => ({ ...r, revenueShare: shares[i] ?? null }));
}

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
    clusters: withShares(rows, revenue).sort((a, b) => b.revenue - a.revenue),
  };
}
