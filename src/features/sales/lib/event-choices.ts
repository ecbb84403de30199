import type { Day } from '@/lib/dates';

/** Which events the picker lists: those from today on, or those up to today (today's are in both). */
export const EVENT_WHEN = ['upcoming', 'past'] as const;
export type EventWhen = (typeof EVENT_WHEN)[number];

/**
 * The picker's window, nearest to today first either way: upcoming events soonest first, past
 * events most recent first, however old. Today's are in both: tonight's show is still to come in
 * the morning, and its final sales are entered after it, with the past ones.
 */
export function choiceWindow(when: EventWhen, today: Day) {
  return when === 'past'
    ? { since: null, until: today, sort: '-start_date_time' as const }
    : { since: today, until: null, sort: 'start_date_time' as const };
}
