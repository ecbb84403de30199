import { notifyManager, type QueryClient } from '@tanstack/react-query';
import { refreshEventFigures } from '@/lib/event-writes';
import type { Event } from '@/lib/schemas/event';

/**
 * After any wave write, taken or failed (`confirmed`: what a write the server took changed on the event): re-read everything about the event (['event', eid]: the event, its
 * campaigns, KPIs, daily revenue…) and the lists that show campaign state (['events', …] as
 * refreshEventFigures does, and ['campaigns', …] — the shared key convention): those shown now
 * are read again at once, since a write can settle after its page was left (the campaigns list
 * kept saying "Running" after a pause went through), the others when next shown. Resolves when the event's
 * active queries have been refetched and their observers told (TanStack notifies observers in
 * a later task): only then may a control drop the user's wish and show the server's value,
 * otherwise a click in between would act on the stale value.
 */
export async function invalidateAfterWaveWrite(queryClient: QueryClient, eid: string, confirmed?: Partial<Event>): Promise<void> {
  const event = ['event', eid] as const;
  const figures = refreshEventFigures(queryClient, eid);
  // not awaited: a long list must not hold the control's "Pausing…"
  void queryClient.refetchQueries({ queryKey: ['events'], type: 'active' });
  void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
  await figures;
  // the server took the write but the event could not be re-read: the cached event takes the
  // written value, so no view (a control, the header's badge) shows the old one as current
  if (confirmed && queryClient.getQueryState(event)?.status === 'error') {
    queryClient.setQueryData<Event>(event, (old) => old && { ...old, ...confirmed });
  }
  await new Promise<void>((resolve) => notifyManager.schedule(resolve));
}
