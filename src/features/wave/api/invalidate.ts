import { notifyManager, type QueryClient } from '@tanstack/react-query';
import { waveQueries } from './queries';

/**
 * After any wave write: re-read everything about the event (['event', eid]: the event, its
 * campaigns, KPIs, daily revenue…) and mark the lists that show campaign state stale
 * (['events', …], ['campaigns', …] — the shared key convention). Resolves when the event's
 * active queries have been refetched and their observers told (TanStack notifies observers in
 * a later task): only then may a control drop the user's wish and show the server's value,
 * otherwise a click in between would act on the stale value.
 */
export async function invalidateAfterWaveWrite(queryClient: QueryClient, eid: string): Promise<void> {
  for (const queryKey of waveQueries.listScopes()) void queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
  await queryClient.invalidateQueries({ queryKey: waveQueries.eventScope(eid) });
  await new Promise<void>((resolve) => notifyManager.schedule(resolve));
}
