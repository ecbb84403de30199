import type { QueryClient } from '@tanstack/react-query';
import { env } from '@/config/env';
import { today } from '@/lib/dates';
import { salesQueries } from '@/features/sales/api/queries';
import { salesHistoryRange } from '@/features/sales/lib/sales-summary';

export const partnerToday = () => today(env.partnerTimeZone);

/** The event header is critical (a 404 shows not-found); tickets and totals are prefetched. */
export async function ensureSalesEvent(queryClient: QueryClient, eid: string) {
  void queryClient.prefetchQuery(salesQueries.tickets(eid));
  void queryClient.prefetchQuery(salesQueries.summary(eid, salesHistoryRange(partnerToday())));
  await queryClient.ensureQueryData(salesQueries.event(eid));
}
