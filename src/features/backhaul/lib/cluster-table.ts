import { defineSearch, field } from '@/lib/search-params';
import type { BackhaulClusterRow } from './backhaul-totals';
import { readableClusterName } from './cluster-name';

export const CLUSTER_SORT_KEYS = ['name', 'customers', 'items', 'revenue', 'share'] as const;
export type ClusterSortKey = (typeof CLUSTER_SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** The package page's URL state: the clusters table's sort. */
export const packageSearch = defineSearch({
  sort: field.oneOf(CLUSTER_SORT_KEYS, 'revenue'),
  dir: field.oneOf(['asc', 'desc'] as const, 'desc'),
});

export interface ClusterTableRow extends BackhaulClusterRow {
  name: string;
}

const value = (r: ClusterTableRow, key: ClusterSortKey): number | string => {
  switch (key) {
    case 'name': return r.name;
    case 'customers': return r.customers;
    case 'items': return r.items;
    case 'revenue': return r.revenue;
    case 'share': return r.revenueShare ?? -1;
  }
};

/** Rows with readable names, sorted; ties fall back to the name so the order is stable. */
export function clusterTableRows(rows: readonly BackhaulClusterRow[], sort: ClusterSortKey, dir: SortDir): ClusterTableRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byName = (a: ClusterTableRow, b: ClusterTableRow) => a.name.localeCompare(b.name, 'en');
  return rows
    .map((r) => ({ ...r, name: readableClusterName(r.tc) }))
    .sort((a, b) => {
      const va = value(a, sort);
      const vb = value(b, sort);
      const c = typeof va === 'string' || typeof vb === 'string' ? String(va).localeCompare(String(vb), 'en') : va - vb;
      return c !== 0 ? sign * c : byName(a, b);
    });
}

/** Clicking a column: a new column starts in its natural direction (names A→Z, numbers high→low). */
export function nextSort(current: { sort: ClusterSortKey; dir: SortDir }, key: ClusterSortKey): { sort: ClusterSortKey; dir: SortDir } {
  if (current.sort === key) return { sort: key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { sort: key, dir: key === 'name' ? 'asc' : 'desc' };
}
