import { addDays, type Day } from '@/lib/dates';

/** Which events the picker lists: those from today on, or those before today. */
export const EVENT_WHEN = ['upcoming', 'past'] as const;
export type EventWhen = (typeof EVENT_WHEN)[number];

/**
 * The picker's window, nearest to today first either way: upcoming events soonest first (today's
 * included), past events most recent first, however old.
 */
export function choiceWindow(when: EventWhen, today: Day) {
  return when === 'past'
    ? { since: null, until: addDays(today, -1), sort: '-start_date_time' as const }
    : { since: today, until: null, sort: 'start_date_time' as const };
}
