import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Event } from '@/lib/schemas/event';
import type { EventSort } from '../api/list-query';
import type { EventColumn } from './event-columns';

const INTERACTIVE = 'a, button, input, select, textarea, label, summary, [role="button"]';

/**
 * The events table used by the list, the Wave list and the overview. A row opens its page on
 * click (the title link is the keyboard path); clicks on controls inside the row stay theirs.
 * While `loading` it shows skeleton rows of the same height as real ones.
 */
export function EventsTable({ caption, columns, rows, hrefFor, sort, loading = false, skeletonRows = 8, stale = false }: {
  caption: string;
  columns: readonly EventColumn[];
  rows: readonly Event[];
  hrefFor: (event: Event) => string;
  sort?: EventSort;
  loading?: boolean;
  skeletonRows?: number;
  /** Showing the previous page while the next loads. */
  stale?: boolean;
}) {
  const navigate = useNavigate();
  const onRowClick = (e: MouseEvent<HTMLTableRowElement>, event: Event) => {
    if ((e.target as Element).closest(INTERACTIVE) || window.getSelection()?.toString()) return;
    navigate(hrefFor(event));
  };

  return (
    <div className={`table-scroll events-table-wrap${stale ? ' is-stale' : ''}`} aria-busy={loading || stale}>
      <table className="data-table events-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={(sort && c.sorts?.[sort]) || undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {loading
            ? Array.from({ length: skeletonRows }, (_, i) => (
              <tr key={i} className="events-table__row">
                {columns.map((c) => (
                  <td key={c.id}><span className="skeleton events-table__skeleton" aria-hidden="true" /></td>
                ))}
              </tr>
            ))
            : rows.map((event) => (
              <tr key={event.id} className={`events-table__row is-clickable${event.frontend_status === 'FLAGGED' ? ' is-flagged' : ''}`} onClick={(e) => onRowClick(e, event)}>
                {columns.map((c, i) => {
                  // the first column (the title) heads its row for screen readers
                  const Cell = i === 0 ? 'th' : 'td';
                  return <Cell key={c.id} scope={i === 0 ? 'row' : undefined} className={c.numeric ? 'num' : undefined}>{c.cell(event, hrefFor)}</Cell>;
                })}
              </tr>
            ))}
        </tbody>
      </table>
      {loading && <span className="visually-hidden" role="status">Loading events</span>}
    </div>
  );
}
