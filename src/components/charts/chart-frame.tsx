import { Suspense, useId, useState, type ReactNode } from 'react';
import { Skeleton } from '@/components/ui/skeleton';

export interface TableColumn<R> { key: string; label: string; align?: 'start' | 'end'; render: (row: R) => ReactNode }

/**
 * Every chart sits in a frame of fixed height (no layout shift), with a one-sentence summary
 * and a "view as table" alternative showing the same data (what screen readers and jsdom use).
 */
export function ChartFrame<R>({ title, summary, height, toolbar, columns, rows, rowKey, children }: {
  title: string;
  summary: ReactNode;
  height: number;
  toolbar?: ReactNode;
  columns: TableColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  children: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <section className="card chart-frame" aria-labelledby={headingId}>
      <div className="chart-frame__head">
        <h2 id={headingId}>{title}</h2>
        <div className="row">
          {toolbar}
          <button type="button" className="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            {asTable ? 'View as chart' : 'View as table'}
          </button>
        </div>
      </div>
      <p className="chart-frame__summary muted">{summary}</p>
      {asTable ? (
        <div className="table-scroll" style={{ maxHeight: height }}>
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>{columns.map((c) => <th key={c.key} scope="col" className={c.align === 'end' ? 'num' : undefined}>{c.label}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={rowKey(r)}>{columns.map((c) => <td key={c.key} className={c.align === 'end' ? 'num' : undefined}>{c.render(r)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div className="chart-frame__plot" style={{ height }} aria-hidden="true">
          <Suspense fallback={<Skeleton height={height} label={`Loading ${title}`} />}>{children}</Suspense>
        </div>
      )}
    </section>
  );
}
