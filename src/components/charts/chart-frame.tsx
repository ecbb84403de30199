import { Suspense, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { staleClass } from '@/components/ui/stale';
import { useChartShown } from './use-chart-shown';

export interface TableColumn<R> { key: string; label: string; align?: 'start' | 'end'; render: (row: R) => ReactNode }

/**
 * Every chart sits in a frame of fixed height (no layout shift), with a one-sentence summary
 * and a "view as table" alternative showing the same data (what screen readers and jsdom use).
 */
export function ChartFrame<R>({ title, summary, height, toolbar, columns, rows, rowKey, footer, busy = false, stale = false, placeholder, children }: {
  title: string;
  summary: ReactNode;
  height: number;
  toolbar?: ReactNode;
  columns: TableColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** Below the chart and the table alike (legend, notes). */
  footer?: ReactNode;
  /** New data is on its way (the old stays visible meanwhile). */
  busy?: boolean;
  /** What is drawn belongs to the previous choice (a new range loads): marked stale until it arrives. */
  stale?: boolean;
  /**
   * Shown instead of chart and table while there is nothing to draw (a skeleton, the panel's
   * error with its retry). The frame and its toolbar stay, so focus in the toolbar survives.
   */
  placeholder?: ReactNode;
  children: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  // the lazy chart loads and draws after the page's first paint, when near the viewport (see
  // useChartShown); its skeleton is the same size
  const frame = useRef<HTMLElement>(null);
  const shown = useChartShown(frame);
  const loading = <Skeleton height={height} label={`Loading ${title}`} />;
  // a stale summary ("Loading …") is often shorter than the one it replaces: it keeps that height,
  // so the chart does not jump up, then down again when the data lands
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const lastSummaryHeight = useRef(0);
  useLayoutEffect(() => {
    const el = summaryRef.current;
    if (!el) return;
    if (stale) { el.style.minHeight = `${lastSummaryHeight.current}px`; return; }
    el.style.minHeight = '';
    lastSummaryHeight.current = el.offsetHeight;
  });
  return (
    <section ref={frame} className={staleClass(stale, 'card chart-frame')} aria-labelledby={headingId} aria-busy={busy || stale}>
      <div className="chart-frame__head">
        <h2 id={headingId}>{title}</h2>
        <div className="row">
          {toolbar}
          {/* its label says what it does; a pressed state as well read "View as chart, pressed" */}
          <button type="button" className="button" disabled={placeholder != null} onClick={() => setAsTable((v) => !v)}>
            {asTable ? 'View as chart' : 'View as table'}
          </button>
        </div>
      </div>
      {/* polite: a new range or unit says what the chart now shows */}
      <p ref={summaryRef} className="chart-frame__summary muted" aria-live="polite">{summary}</p>
      {placeholder != null ? (
        <div className="chart-frame__placeholder" style={{ minHeight: height }}>{placeholder}</div>
      ) : asTable ? (
        // focusable so the keyboard can scroll it; a named region, so that stop is announced
        <div className="table-scroll" style={{ maxHeight: height }} tabIndex={0} role="region" aria-label={`${title}, table`}>
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
          <Suspense fallback={loading}>{shown ? children : loading}</Suspense>
        </div>
      )}
      {footer}
    </section>
  );
}
