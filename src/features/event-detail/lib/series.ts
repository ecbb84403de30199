import { formatDateTime } from '@/lib/format';
import type { Event } from '@/lib/schemas/event';

/** The series shown for `eid`: siblings only (the event itself is the page), in date order. */
export function siblings(events: readonly Event[], eid: string): Event[] {
  const seen = new Set<string>([eid]);
  const out: Event[] = [];
  for (const e of events) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push(e);
  }
  return out.sort((a, b) => (a.start_date_time < b.start_date_time ? -1 : a.start_date_time > b.start_date_time ? 1 : 0));
}

/** Optimistic add: the picked events join the list (no duplicates). */
export const withMembersAdded = (list: readonly Event[], added: readonly Event[], eid: string): Event[] =>
  siblings([...list, ...added], eid);

/** Optimistic remove. */
export const withMemberRemoved = (list: readonly Event[], memberId: string): Event[] => list.filter((e) => e.id !== memberId);

/**
 * The members of a series share their title: a message or button about one also names its start
 * (in the partner's time zone, as the list shows it), e.g. "Bach: Weihnachtsoratorium (Fri, 12 Jun 2026, 20:30)".
 */
export const memberLabel = (e: Pick<Event, 'title' | 'start_date_time'>, timeZone: string): string =>
  `${e.title} (${formatDateTime(e.start_date_time, timeZone)})`;
