import { ShareBar } from '@/components/ui/share-bar';
import { staleClass } from '@/components/ui/stale';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import { type ClusterSortKey, type ClusterTableRow, type SortDir } from '../lib/cluster-table';

const COLUMNS: { key: ClusterSortKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Cluster', numeric: false },
  { key: 'customers', label: 'Customers', numeric: true },
  { key: 'items', label: 'Items', numeric: true },
  { key: 'revenue', label: 'Revenue', numeric: true },
  { key: 'share', label: 'Share of revenue', numeric: true },
];

const ariaSort = (active: boolean, dir: SortDir) => (active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined);

/**
 * The clusters, sortable by every column (aria-sort on the active header). As in the event
 * tables, each amount carries its currency and the header does not repeat it ("Revenue (CHF)"
 * over "CHF 1,234.00" said it twice); the CSV names it in its header, its cells being plain.
 */
export function ClustersTable({ rows, currency, sort, dir, onSort, stale = false }: {
  rows: readonly ClusterTableRow[];
  currency: string | null;
  sort: ClusterSortKey;
  dir: SortDir;
  onSort: (key: ClusterSortKey) => void;
  stale?: boolean;
}) {
  const money = (v: number | null | undefined) => formatMoney(v, currency);
  return (
    <div className={staleClass(stale, 'table-scroll')} aria-busy={stale || undefined}>
      {/* on phones each cluster is a card (.table-cards) and the headers stay as a row of sort
          buttons: revenue and share were behind a sideways scroll */}
      <table className="data-table table-cards clusters-table" role="table">
        <caption className="visually-hidden">Audience clusters of this package, sorted by {COLUMNS.find((c) => c.key === sort)?.label.toLowerCase()}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" role="columnheader" className={c.numeric ? 'num' : undefined} aria-sort={ariaSort(sort === c.key, dir)}>
                <button type="button" className="bh-sort" onClick={() => onSort(c.key)}>
                  {c.label}
                  <span aria-hidden="true" className="bh-sort__icon">{sort === c.key ? (dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((r) => (
            <tr key={r.tc} role="row">
              <th scope="row" role="rowheader">{r.name}</th>
              <td role="cell" data-label="Customers" className="num">{formatNumber(r.customers)}</td>
              <td role="cell" data-label="Items" className="num">{formatNumber(r.items)}</td>
              <td role="cell" data-label="Revenue" className="num">{money(r.revenue)}</td>
              <td role="cell" data-label="Share of revenue" className="num">
                <ShareBar value={r.revenueShare} label={formatPercent(r.revenueShare, 1)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
