import type { QueryClient } from '@tanstack/react-query';
import { refreshEventFigures } from '@/lib/event-writes';

/**
 * After adding or deleting a campaign result: re-read everything about the event (these rows,
 * the event detail's daily revenue overlay and KPIs) and mark the events lists/statistics stale.
 */
export const invalidateAfterResultWrite = (queryClient: QueryClient, eid: string): Promise<void> => refreshEventFigures(queryClient, eid);
