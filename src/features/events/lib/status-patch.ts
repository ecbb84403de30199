import type { Event } from '@/lib/schemas/event';
import type { EventList } from '../api/schemas';
import { pinsFlagged, viewStatuses, type EventListFilters } from '../api/list-query';
import type { TargetStatus } from './pending-status-store';

/** Flagged first, otherwise the server's order (a stable sort keeps it). */
export const pinFlagged = (items: readonly Event[]): Event[] =>
  [...items].sort((a, b) => Number(b.frontend_status === 'FLAGGED') - Number(a.frontend_status === 'FLAGGED'));

/**
 * One page of a list after an event's status changed, as the server will answer it: the row
 * leaves a view that no longer holds its status (hide in the default view, unhide under "show
 * hidden"), and flagged rows move to the top where the view pins them (pinsFlagged). A page
 * without the event is returned as is.
 */
export function patchListPage(list: EventList, filters: EventListFilters, eid: string, status: TargetStatus): EventList {
  if (!list.items.some((e) => e.id === eid)) return list;
  if (!viewStatuses(filters).includes(status)) {
    return { ...list, items: list.items.filter((e) => e.id !== eid), total: Math.max(0, list.total - 1) };
  }
  const items = list.items.map((e) => (e.id === eid ? { ...e, frontend_status: status } : e));
  return { ...list, items: pinsFlagged(filters) ? pinFlagged(items) : items };
}

/** The flagged-only list: an unflagged event leaves it (a newly flagged one arrives on refetch). */
export function patchFlaggedPage(list: EventList, eid: string, status: TargetStatus): EventList {
  if (status === 'FLAGGED' || !list.items.some((e) => e.id === eid)) return list;
  return { ...list, items: list.items.filter((e) => e.id !== eid), total: Math.max(0, list.total - 1) };
}

/**
 * Undoes one event's optimistic change in a list page that may have changed since (another
 * event's change, a refetch): that event's row goes back to what it was in `before`, at its old
 * place, and every other row stays as it is now.
 */
export function restoreRow(current: EventList, before: EventList, eid: string): EventList {
  const at = before.items.findIndex((e) => e.id === eid);
  const had = current.items.some((e) => e.id === eid);
  const items = current.items.filter((e) => e.id !== eid);
  const row = before.items[at];
  if (row) items.splice(Math.min(at, items.length), 0, row);
  return { ...current, items, total: Math.max(0, current.total + (row ? 1 : 0) - (had ? 1 : 0)) };
}
