import { dayInZone, type Day } from './dates';

/** The event's calendar day in `timeZone` (null for a missing or unreadable start). */
export function eventDayOf(startIso: string | null | undefined, timeZone: string): Day | null {
  const start = startIso ? new Date(startIso) : null;
  return start && !Number.isNaN(start.getTime()) ? dayInZone(start, timeZone) : null;
}

/**
 * Whether the event has taken place: its day is before today (in the partner's zone). On the
 * day itself tickets still sell at the door, so it counts as not over yet.
 */
export function isEventOver(startIso: string | null | undefined, today: Day, timeZone: string): boolean {
  const day = eventDayOf(startIso, timeZone);
  return day !== null && day < today;
}
