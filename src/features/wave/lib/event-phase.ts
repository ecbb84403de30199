import { today } from '@/lib/dates';
import { isEventOver } from '@/lib/event-day';
import type { Event } from '@/lib/schemas/event';

/**
 * Why campaigns can no longer be started or changed; null while they can. Campaigns start, and
 * setup and optimisation apply, only before the event begins and never for a cancelled one (its
 * budget would be spent for nothing); pausing stays possible whatever the reason.
 */
export type WaveLock = {
  /** the start of a sentence: "The event has started, so …" */
  sentence: 'The event is cancelled' | 'The event has started' | 'The event is over';
  /** the event has begun: its campaigns are its results' history (nothing to reset) */
  begun: boolean;
} | null;

export function waveLock(event: Pick<Event, 'start_date_time' | 'status' | 'frontend_status'>, now: number, timeZone: string): WaveLock {
  const start = Date.parse(event.start_date_time);
  // a cancelled event that has taken place is over like any other: its history stays
  if (start <= now) {
    // no end time in the API: an event begun today may still be on (a concert tonight, a fair day)
    const over = isEventOver(event.start_date_time, today(timeZone, new Date(now)), timeZone);
    return { sentence: over ? 'The event is over' : 'The event has started', begun: true };
  }
  if (event.status === 'cancelled' || event.frontend_status === 'CANCELLED') return { sentence: 'The event is cancelled', begun: false };
  return null;
}
