import { memo, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { staleClass } from '@/components/ui/stale';
import type { Event } from '@/lib/schemas/event';
import type { EventSort } from '../api/list-query';
import type { EventColumn } from './event-columns';
import { useOrderHeldWhileInUse, type HeldOrder } from './use-order-held';

const INTERACTIVE = 'a, button, input, select, textarea, label, summary, [role="button"]';

/**
 * The events table used by the list, the Wave list and the overview. A row opens its page on
 * click (the title link is the keyboard path); clicks on controls inside the row stay theirs.
 * While `loading` it shows skeleton rows of the same height as real ones.
 *
 * On phones each row is a card (`.table-cards`), every value after its column's name (`data-label`; `data-col`
 * sizes a skeleton cell like the real one, events.css).
 * That layout changes the elements' display, which makes some browsers drop their table
 * semantics, so the table roles are also given explicitly.
 *
 * Memoised: the list around it renders again for things the rows do not show (the partner's currency
 * arriving for the exports, the count line), and drawing 50 rows again cost the events list about 5
 * Lighthouse mobile points (FINDINGS §0.23).
 */
export const EventsTable = memo(function EventsTable({ caption, columns, rows, hrefFor, sort, loading = false, skeletonRows = 8, stale = false, orderKey = '', onHeldOutOfOrder }: {
  caption: string;
  columns: readonly EventColumn[];
  rows: readonly Event[];
  hrefFor: (event: Event) => string;
  sort?: EventSort;
  loading?: boolean;
  skeletonRows?: number;
  /** Showing the previous page while the next loads. */
  stale?: boolean;
  /** What the rows' order answers (filters, sort, page); null while they are another key's. */
  orderKey?: string | null;
  /** Told whether the rows are held out of the order they came in, and till when (to say so beside the count). */
  onHeldOutOfOrder?: (held: HeldOrder | null) => void;
}) {
  const navigate = useNavigate();
  const { rows: shown, ...holdHandlers } = useOrderHeldWhileInUse(rows, orderKey, onHeldOutOfOrder);
  const onRowClick = (e: MouseEvent<HTMLTableRowElement>, event: Event) => {
    if ((e.target as Element).closest(INTERACTIVE) || window.getSelection()?.toString()) return;
    navigate(hrefFor(event));
  };

  return (
    <div className={staleClass(stale, 'table-scroll events-table-wrap')} aria-busy={loading || stale} {...holdHandlers}>
      <table className="data-table table-cards events-table" role="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead role="rowgroup" className="visually-hidden-narrow">
          <tr role="row">
            {columns.map((c) => (
              <th key={c.id} scope="col" role="columnheader" className={c.numeric ? 'num' : undefined} aria-sort={(sort && c.sorts?.[sort]) || undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {loading
            ? Array.from({ length: skeletonRows }, (_, i) => (
              <tr key={i} className="events-table__row" role="row">
                {columns.map((c) => (
                  <td key={c.id} role="cell" data-label={c.header} data-col={c.id}><span className="skeleton events-table__skeleton" aria-hidden="true" /></td>
                ))}
              </tr>
            ))
            : shown.map((event) => (
              <tr key={event.id} role="row" className={`events-table__row is-clickable${event.frontend_status === 'FLAGGED' ? ' is-flagged' : ''}`} onClick={(e) => onRowClick(e, event)}>
                {columns.map((c, i) =>
                  // the first column (the title) heads its row for screen readers
                  i === 0
                    ? <th key={c.id} scope="row" role="rowheader" className={c.numeric ? 'num' : undefined}>{c.cell(event, hrefFor)}</th>
                    : <td key={c.id} role="cell" data-label={c.header} data-col={c.id} className={c.numeric ? 'num' : undefined}>{c.cell(event, hrefFor)}</td>,
                )}
              </tr>
            ))}
        </tbody>
      </table>
      {loading && <span className="visually-hidden" role="status">Loading events</span>}
    </div>
  );
});
