import { ShareBar } from '@/components/ui/share-bar';
import { formatNumber, formatPercent } from '@/lib/format';
import { type ClusterSortKey, type ClusterTableRow, type SortDir } from '../lib/cluster-table';
import { moneyFormatter } from '../lib/money';

const COLUMNS: { key: ClusterSortKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Cluster', numeric: false },
  { key: 'customers', label: 'Customers', numeric: true },
  { key: 'items', label: 'Items', numeric: true },
  { key: 'revenue', label: 'Revenue', numeric: true },
  { key: 'share', label: 'Share of revenue', numeric: true },
];

const ariaSort = (active: boolean, dir: SortDir) => (active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined);

/** The clusters, sortable by every column (aria-sort on the active header). */
export function ClustersTable({ rows, currency, sort, dir, onSort, stale = false }: {
  rows: readonly ClusterTableRow[];
  currency: string | null;
  sort: ClusterSortKey;
  dir: SortDir;
  onSort: (key: ClusterSortKey) => void;
  stale?: boolean;
}) {
  const money = moneyFormatter(currency);
  return (
    <div className={`table-scroll${stale ? ' bh-stale' : ''}`}>
      <table className="data-table clusters-table">
        <caption className="visually-hidden">Audience clusters of this package, sorted by {COLUMNS.find((c) => c.key === sort)?.label.toLowerCase()}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={ariaSort(sort === c.key, dir)}>
                <button type="button" className="bh-sort" onClick={() => onSort(c.key)}>
                  {c.key === 'revenue' && currency ? `${c.label} (${currency})` : c.label}
                  <span aria-hidden="true" className="bh-sort__icon">{sort === c.key ? (dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.tc}>
              <th scope="row">{r.name}</th>
              <td className="num">{formatNumber(r.customers)}</td>
              <td className="num">{formatNumber(r.items)}</td>
              <td className="num">{money(r.revenue)}</td>
              <td className="num">
                <ShareBar value={r.revenueShare} label={formatPercent(r.revenueShare, 1)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
