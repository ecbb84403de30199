import { useId, useState } from 'react';
import { describeError } from '@/lib/api-errors';
import { saveBlob, saveCsv } from '@/lib/download';
import { formatCount, userLocale } from '@/lib/format';
import { clustersCsv, fileSlug } from '../lib/clusters-csv';
import type { ClustersExport } from '../lib/clusters-export';
import type { ClusterSortKey, SortDir } from '../lib/cluster-table';
import { ClustersTable } from './clusters-table';

/** The clusters table with its downloads, Excel and CSV (the rows, columns and order shown, the settings, and whether the numbers are final). */
export function ClustersCard({ title, data, sort, dir, onSort, stale, today }: {
  title: string;
  /** the rows shown, and what the files say produced them */
  data: ClustersExport;
  sort: ClusterSortKey;
  dir: SortDir;
  onSort: (key: ClusterSortKey) => void;
  stale: boolean;
  /** YYYY-MM-DD in the partner's zone, for the file name */
  today: string;
}) {
  const { rows, currency } = data;
  const headingId = useId();
  const [excel, setExcel] = useState<{ kind: 'idle' | 'writing' } | { kind: 'failed'; error: unknown }>({ kind: 'idle' });
  const fileName = `backhaul-${fileSlug(title)}-${today}`;
  async function downloadExcel() {
    setExcel({ kind: 'writing' });
    try {
      // the writer loads on first use: it is not part of the page's first paint
      const { clustersSheet } = await import('../lib/clusters-sheet');
      saveBlob(await clustersSheet(data, userLocale()), `${fileName}.xlsx`);
      setExcel({ kind: 'idle' });
    } catch (error) {
      setExcel({ kind: 'failed', error });
    }
  }
  const unavailable = stale ? 'Available when the new numbers are ready' : undefined;
  return (
    <section className="card clusters-card" aria-labelledby={headingId}>
      <div className="clusters-card__head">
        <h2 id={headingId}>Audience clusters</h2>
        <span className="clusters-card__downloads">
          {/* not disabled while writing: a focused button that is disabled drops the keyboard's place */}
          <button type="button" className="button" disabled={stale} title={unavailable} aria-busy={excel.kind === 'writing' || undefined}
            onClick={() => { if (excel.kind !== 'writing') void downloadExcel(); }}>
            <span aria-hidden="true">⤓</span> Download Excel
          </button>
          <button type="button" className="button" disabled={stale} title={unavailable}
            onClick={() => saveCsv(clustersCsv(data), `${fileName}.csv`)}>
            <span aria-hidden="true">⤓</span> Download CSV
          </button>
        </span>
      </div>
      {excel.kind === 'failed' && <p className="field-error" role="alert">The Excel file could not be written: {describeError(excel.error)}</p>}
      <p className="muted clusters-card__note">
        {formatCount(rows.length, 'cluster', 'clusters')}; share of the package's total revenue. Sort by any column's name.
        {stale && ' These are the previous numbers.'}
      </p>
      <ClustersTable rows={rows} currency={currency} sort={sort} dir={dir} onSort={onSort} stale={stale} />
    </section>
  );
}
