import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { Event } from '@/lib/schemas/event';
import { eventQueries } from '../api/queries';
import type { EventList } from '../api/schemas';
import type { EventListFilters } from '../api/list-query';
import type { TargetStatus } from './pending-status-store';
import { patchFlaggedPage, patchListPage, restoreRow } from './status-patch';

const filtersOf = (key: QueryKey): EventListFilters => (key[2] ?? {}) as EventListFilters;

/**
 * Shows a status change at once in every cached list page, flagged list and the event itself
 * (['event', eid]). Returns the rollback: this event's row as it was in each touched entry.
 */
export async function applyOptimisticStatus(queryClient: QueryClient, eid: string, status: TargetStatus): Promise<() => void> {
  const detailKey = eventQueries.detail(eid).queryKey;
  // in-flight reads would land on top of the optimistic state with the old value
  await Promise.all([
    queryClient.cancelQueries({ queryKey: eventQueries.lists() }),
    queryClient.cancelQueries({ queryKey: eventQueries.flaggedLists() }),
    queryClient.cancelQueries({ queryKey: detailKey, exact: true }),
  ]);
  // per entry: how to take this event's change back out of whatever the entry holds by then
  // (other events' changes may have landed on the same pages meanwhile and must stay). Only into
  // the same cache entry: after a partner switch the cache was cleared, and the same keys hold
  // the other partner's lists, where this partner's row must not appear.
  const undos: (() => void)[] = [];
  const cache = queryClient.getQueryCache();
  const patch = <T>(key: QueryKey, data: T | undefined, next: (d: T) => T, undo: (now: T, before: T) => T) => {
    if (data === undefined) return;
    const changed = next(data);
    if (changed === data) return;
    queryClient.setQueryData(key, changed);
    const entry = cache.find({ queryKey: key, exact: true });
    undos.push(() => {
      if (cache.find({ queryKey: key, exact: true }) !== entry) return;
      queryClient.setQueryData<T>(key, (now) => (now === undefined ? now : undo(now, data)));
    });
  };

  for (const [key, data] of queryClient.getQueriesData<EventList>({ queryKey: eventQueries.lists() })) {
    patch(key, data, (d) => patchListPage(d, filtersOf(key), eid, status), (now, before) => restoreRow(now, before, eid));
  }
  for (const [key, data] of queryClient.getQueriesData<EventList>({ queryKey: eventQueries.flaggedLists() })) {
    patch(key, data, (d) => patchFlaggedPage(d, eid, status), (now, before) => restoreRow(now, before, eid));
  }
  patch(detailKey, queryClient.getQueryData<Event>(detailKey), (d) => ({ ...d, frontend_status: status }), (_now, before) => before);

  return () => undos.forEach((undo) => undo());
}

/** After the change settled (either way): let the server have the last word. */
export function reconcileStatus(queryClient: QueryClient, eid: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: eventQueries.all(), predicate: (q) => q.queryKey[1] !== 'venues' }),
    queryClient.invalidateQueries({ queryKey: eventQueries.detail(eid).queryKey, exact: true }),
    // hiding takes an event out of the campaign counts too
    queryClient.invalidateQueries({ queryKey: eventQueries.campaignStatistics().queryKey, exact: true }),
  ]);
}
