import { formatNumber } from '@/lib/format';

/** "51–100 of 423" with previous/next; the page lives in the URL. */
export function Pagination({ page, pages, total, pageSize, onPage, noun = 'events' }: {
  page: number;
  pages: number;
  total: number;
  pageSize: number;
  onPage: (page: number) => void;
  noun?: string;
}) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Pages">
      <p className="pagination__summary" aria-live="polite">
        {formatNumber(first)}–{formatNumber(last)} of {formatNumber(total)} {noun}
      </p>
      {pages > 1 && (
        <div className="row">
          <button type="button" className="button button--small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            <span aria-hidden="true">←</span> Previous
          </button>
          <span className="muted">Page {formatNumber(page)} of {formatNumber(pages)}</span>
          <button type="button" className="button button--small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            Next <span aria-hidden="true">→</span>
          </button>
        </div>
      )}
    </nav>
  );
}
