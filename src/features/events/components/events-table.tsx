import { useEffect, useRef, useState, type FocusEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Event } from '@/lib/schemas/event';
import type { EventSort } from '../api/list-query';
import { inHeldOrder } from '../lib/held-order';
import type { EventColumn } from './event-columns';

const INTERACTIVE = 'a, button, input, select, textarea, label, summary, [role="button"]';

type Holder = 'pointer' | 'keyboard';

/** Focus that came by keyboard (Tab, arrow keys), not by a click. */
function focusedByKeyboard(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * While the pointer is over the table, or the keyboard is in it, its rows keep their order: a flag
 * that pins its row to the top (or an unflag that lets it drop) moves the row once the pointer or
 * the keyboard leaves, so the next click does not land on a row that slid in under it and the next
 * Tab goes on from where it was (the focused button is not carried off the screen). The hold is
 * for one `orderKey` (the list's filters, sort and page): rows ordered anew (a sort, a page, Back)
 * show in their new order at once; while `orderKey` is null (the previous rows shown as the next
 * load) they stay put. A key press ends the pointer's hold (a keyboard user's mouse may rest on
 * the rows), leaving the window ends both.
 */
function useOrderHeldWhileInUse(rows: readonly Event[], orderKey: string | null, onHeldOutOfOrder?: (differs: boolean) => void) {
  // non-null while the rows are in use: the order held, and the key it answers
  const [hold, setHold] = useState<{ key: string | null; ids: readonly string[] } | null>(null);
  const holders = useRef(new Set<Holder>());
  // rows ordered anew under another key: that order is the one held from now on
  if (hold && orderKey !== null && hold.key !== orderKey) setHold({ key: orderKey, ids: rows.map((r) => r.id) });
  // (the previous rows, still shown while the next load, stay as they were)
  const shown = hold && (orderKey === null || hold.key === orderKey) ? inHeldOrder(hold.ids, rows) : rows;
  const holding = hold !== null;
  const differs = shown.some((row, i) => row.id !== rows[i]?.id);
  useEffect(() => {
    onHeldOutOfOrder?.(differs);
    return () => onHeldOutOfOrder?.(false);
  }, [differs, onHeldOutOfOrder]);
  useEffect(() => {
    if (!holding) return;
    const release = () => { holders.current.clear(); setHold(null); };
    window.addEventListener('blur', release);
    return () => window.removeEventListener('blur', release);
  }, [holding]);
  const start = (by: Holder) => {
    if (holders.current.size === 0) setHold({ key: orderKey, ids: shown.map((r) => r.id) });
    holders.current.add(by);
  };
  const end = (by: Holder) => {
    if (!holders.current.delete(by)) return;
    if (holders.current.size === 0) setHold(null);
  };
  return {
    rows: shown,
    onPointerEnter: () => start('pointer'),
    onPointerLeave: () => end('pointer'),
    onKeyDown: () => end('pointer'),
    onFocus: (e: FocusEvent<HTMLElement>) => { if (focusedByKeyboard(e.target)) start('keyboard'); },
    onBlur: (e: FocusEvent<HTMLElement>) => { if (!e.currentTarget.contains(e.relatedTarget)) end('keyboard'); },
  };
}

/**
 * The events table used by the list, the Wave list and the overview. A row opens its page on
 * click (the title link is the keyboard path); clicks on controls inside the row stay theirs.
 * While `loading` it shows skeleton rows of the same height as real ones.
 *
 * On phones each row is a card (`.table-cards`), every value after its column's name (`data-label`; `data-col`
 * sizes a skeleton cell like the real one, events.css).
 * That layout changes the elements' display, which makes some browsers drop their table
 * semantics, so the table roles are also given explicitly.
 */
export function EventsTable({ caption, columns, rows, hrefFor, sort, loading = false, skeletonRows = 8, stale = false, orderKey = '', onHeldOutOfOrder }: {
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
  /** Told whether the rows are held out of the order they came in (to say so beside the count). */
  onHeldOutOfOrder?: (differs: boolean) => void;
}) {
  const navigate = useNavigate();
  const { rows: shown, ...holdHandlers } = useOrderHeldWhileInUse(rows, orderKey, onHeldOutOfOrder);
  const onRowClick = (e: MouseEvent<HTMLTableRowElement>, event: Event) => {
    if ((e.target as Element).closest(INTERACTIVE) || window.getSelection()?.toString()) return;
    navigate(hrefFor(event));
  };

  return (
    <div className={`table-scroll events-table-wrap${stale ? ' is-stale' : ''}`} aria-busy={loading || stale} {...holdHandlers}>
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
}
