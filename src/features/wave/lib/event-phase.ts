import { dayInZone } from '@/lib/dates';
import type { Event } from '@/lib/schemas/event';

/**
 * Why campaigns can no longer be started or changed, as the start of a sentence ("The event has
 * started, so …"); null while they can. Campaigns start, and setup and optimisation apply, only
 * before the event begins and never for a cancelled one (its budget would be spent for nothing);
 * pausing stays possible whatever the reason.
 */
export type WaveLock = 'The event is cancelled' | 'The event has started' | 'The event is over' | null;

export function waveLock(event: Pick<Event, 'start_date_time' | 'status' | 'frontend_status'>, now: number, timeZone: string): WaveLock {
  if (event.status === 'cancelled' || event.frontend_status === 'CANCELLED') return 'The event is cancelled';
  const start = Date.parse(event.start_date_time);
  if (start > now) return null;
  // no end time in the API: an event begun today may still be on (a concert tonight, a fair day)
  return dayInZone(new Date(start), timeZone) === dayInZone(new Date(now), timeZone) ? 'The event has started' : 'The event is over';
}

/** "the event has started" inside a sentence. */
export const lowerLock = (lock: NonNullable<WaveLock>) => lock.charAt(0).toLowerCase() + lock.slice(1);
