import { addDays, today } from '@/lib/dates';
import { eventDayOf, isEventOver } from '@/lib/event-day';
import { fromZonedInput } from '@/lib/zoned-time';
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

/**
 * The next moment `waveLock`'s answer changes, for a page left open: the event's start, then the
 * end of its day in the partner's zone (started → over); null once over, or for a start it cannot read.
 */
export function waveLockChangesAt(event: Pick<Event, 'start_date_time'>, now: number, timeZone: string): number | null {
  const start = Date.parse(event.start_date_time);
  if (Number.isNaN(start)) return null;
  if (start > now) return start;
  const day = eventDayOf(event.start_date_time, timeZone);
  const endOfDay = day ? Date.parse(fromZonedInput(`${addDays(day, 1)}T00:00`, timeZone) ?? '') : Number.NaN;
  return endOfDay > now ? endOfDay : null;
}
