import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Event } from '@/lib/schemas/event';
import { addToSeries, removeFromSeries } from '../api/mutations';
import { eventDetailQueries } from '../api/queries';
import { withMemberRemoved, withMembersAdded } from '../lib/series';

/**
 * Series writes, optimistic with rollback: the list changes at once, a failure puts back what
 * was there, and after the last pending write the siblings and the event (its
 * campaign_event_series) are refetched so the page agrees with the server. Writes of one
 * series run one after another (mutation scope), in the order they were made.
 */
export function useSeriesMutations(eid: string) {
  const queryClient = useQueryClient();
  const key = eventDetailQueries.series(eid).queryKey;
  const mutationKey = [...key, 'write'];
  const scope = { id: `series-${eid}` };

  const snapshot = async (change: (list: Event[]) => Event[]) => {
    await queryClient.cancelQueries({ queryKey: key });
    const previous = queryClient.getQueryData<Event[]>(key);
    queryClient.setQueryData<Event[]>(key, (list) => change(list ?? []));
    return { previous };
  };
  const rollback = (context: { previous: Event[] | undefined } | undefined) => {
    if (context) queryClient.setQueryData(key, context.previous);
  };
  // a link is kept on both events: the other side's series and event (its campaign_event_series)
  // are stale too, and refetched when next shown (not now: they may never be opened)
  const otherSides = (ids: readonly string[]) => Promise.all(ids.flatMap((id) => [
    queryClient.invalidateQueries({ queryKey: eventDetailQueries.series(id).queryKey, refetchType: 'none' }),
    queryClient.invalidateQueries({ queryKey: eventDetailQueries.detail(id).queryKey, exact: true, refetchType: 'none' }),
  ]));
  const settle = async () => {
    if (queryClient.isMutating({ mutationKey }) > 1) return;
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: key }),
      queryClient.invalidateQueries({ queryKey: eventDetailQueries.detail(eid).queryKey, exact: true }),
      queryClient.invalidateQueries({ queryKey: eventDetailQueries.seriesCandidatesScope(eid) }),
    ]);
  };

  const add = useMutation({
    mutationKey,
    scope,
    mutationFn: (events: Event[]) => addToSeries(eid, events.map((e) => e.id)),
    onMutate: (events) => snapshot((list) => withMembersAdded(list, events, eid)),
    onError: (_e, _v, context) => rollback(context),
    onSettled: (_d, _e, events) => Promise.all([otherSides(events.map((e) => e.id)), settle()]),
  });

  const remove = useMutation({
    mutationKey,
    scope,
    mutationFn: (event: Event) => removeFromSeries(eid, event.id),
    onMutate: (event) => snapshot((list) => withMemberRemoved(list, event.id)),
    onError: (_e, _v, context) => rollback(context),
    onSettled: (_d, _e, event) => Promise.all([otherSides([event.id]), settle()]),
  });

  return { add, remove };
}
