import { notifyManager, type QueryClient } from '@tanstack/react-query';
import { refreshEventFigures } from '@/lib/event-writes';

/**
 * After any wave write: re-read everything about the event (['event', eid]: the event, its
 * campaigns, KPIs, daily revenue…) and mark the lists that show campaign state stale
 * (['events', …] as refreshEventFigures does, and ['campaigns', …] — the shared key convention). Resolves when the event's
 * active queries have been refetched and their observers told (TanStack notifies observers in
 * a later task): only then may a control drop the user's wish and show the server's value,
 * otherwise a click in between would act on the stale value.
 */
export async function invalidateAfterWaveWrite(queryClient: QueryClient, eid: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: ['campaigns'], refetchType: 'none' });
  await refreshEventFigures(queryClient, eid);
  await new Promise<void>((resolve) => notifyManager.schedule(resolve));
}
