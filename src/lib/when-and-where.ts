import { formatDateTime, formatShortDate } from './format';

/** What tells the dates of a tour or series apart: their titles repeat. */
interface Placed {
  start_date_time: string;
  city?: string | null;
}

/**
 * Which date of a show it is: its start in the partner's time zone, and its city when known.
 * Long, beside a title in a list: "Fri, 12 Jun 2026, 20:30 · Leipzig"; `short`, in a sentence:
 * "Sat 19 Dec, Leipzig".
 */
export function whenAndWhere(e: Placed, timeZone: string, { short = false } = {}): string {
  if (short) return e.city ? `${formatShortDate(e.start_date_time, timeZone)}, ${e.city}` : formatShortDate(e.start_date_time, timeZone);
  return e.city ? `${formatDateTime(e.start_date_time, timeZone)} · ${e.city}` : formatDateTime(e.start_date_time, timeZone);
}

/** An event named in a message, so that a tour's dates are told apart: "“Velo E1 Unveiling” (Sat 19 Dec, Leipzig)". */
export const titleWithWhenAndWhere = (e: Placed & { title: string }, timeZone: string): string =>
  `“${e.title}” (${whenAndWhere(e, timeZone, { short: true })})`;
