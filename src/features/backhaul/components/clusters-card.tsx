import { formatCount } from '@/lib/format';
import { useId } from 'react';
import { saveCsv } from '@/lib/download';
import { clustersCsv, fileSlug } from '../lib/clusters-csv';
import type { BackhaulSettings } from '../api/schemas';
import type { ClusterSortKey, ClusterTableRow, SortDir } from '../lib/cluster-table';
import { ClustersTable } from './clusters-table';

/** The clusters table with its CSV export (the rows, columns and order shown, and the settings). */
export function ClustersCard({ title, rows, currency, sort, dir, onSort, stale, today, producedBy }: {
  title: string;
  rows: readonly ClusterTableRow[];
  currency: string | null;
  sort: ClusterSortKey;
  dir: SortDir;
  onSort: (key: ClusterSortKey) => void;
  stale: boolean;
  /** YYYY-MM-DD in the partner's zone, for the file name */
  today: string;
  /** the settings these numbers were computed with: the file names them */
  producedBy: BackhaulSettings | null;
}) {
  const headingId = useId();
  return (
    <section className="card clusters-card" aria-labelledby={headingId}>
      <div className="clusters-card__head">
        <h2 id={headingId}>Audience clusters</h2>
        <button
          type="button"
          className="button"
          disabled={stale}
          title={stale ? 'Available when the new numbers are ready' : undefined}
          onClick={() => saveCsv(clustersCsv(rows, currency, producedBy), `backhaul-${fileSlug(title)}-${today}.csv`)}
        >
          <span aria-hidden="true">⤓</span> Download CSV
        </button>
      </div>
      <p className="muted clusters-card__note">
        {formatCount(rows.length, 'cluster', 'clusters')}; share of the package's total revenue. Sort by any column's name.
        {stale && ' These are the previous numbers.'}
      </p>
      <ClustersTable rows={rows} currency={currency} sort={sort} dir={dir} onSort={onSort} stale={stale} />
    </section>
  );
}
