import { useQuery } from '@tanstack/react-query';
import { env } from '@/config/env';
import { today } from '@/lib/dates';
import { eventDetailQueries } from '../api/queries';
import { isEventOver } from '@/lib/event-day';

/** Whether the page's event has taken place; read from the event the page already holds (no extra request). */
export function useEventOver(eid: string): boolean {
  const event = useQuery(eventDetailQueries.detail(eid)).data;
  return isEventOver(event?.start_date_time, today(env.partnerTimeZone), env.partnerTimeZone);
}
