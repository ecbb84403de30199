import { formatNumber, pluralize } from '@/lib/format';

/**
 * "51–100 of 423" with previous/next; the page lives in the URL. `waiting`: the figures are the
 * previous list's while the next one loads, so paging from them would land on a wrong page: the
 * buttons refuse then (aria-disabled, keeping the keyboard's focus).
 */
export function Pagination({ page, pages, total, pageSize, onPage, noun = ['event', 'events'], waiting = false }: {
  page: number;
  pages: number;
  total: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** the counted thing, singular and plural */
  noun?: readonly [string, string];
  waiting?: boolean;
}) {
  const go = (p: number) => { if (!waiting) onPage(p); };
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Pages">
      <p className="pagination__summary" aria-live="polite">
        {formatNumber(first)}–{formatNumber(last)} of {formatNumber(total)} {pluralize(total, ...noun)}
      </p>
      {pages > 1 && (
        <div className="row">
          <button type="button" className="button button--small" disabled={page <= 1} aria-disabled={waiting || undefined} onClick={() => go(page - 1)}>
            <span aria-hidden="true">←</span> Previous
          </button>
          <span className="muted">Page {formatNumber(page)} of {formatNumber(pages)}</span>
          <button type="button" className="button button--small" disabled={page >= pages} aria-disabled={waiting || undefined} onClick={() => go(page + 1)}>
            Next <span aria-hidden="true">→</span>
          </button>
        </div>
      )}
    </nav>
  );
}
