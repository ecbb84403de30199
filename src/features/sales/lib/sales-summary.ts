import type { Day } from '@/lib/dates';
import type { DayRange } from '../api/fetchers';
import type { SalesDay } from '../api/schemas';

/**
 * The event's whole sales history: sales cannot be recorded in the future, nor before this floor
 * (the form refuses it, and so does the ingest with `date_too_early` [ours]: a day before it, a
 * mistyped year, would be stored where this range never shows it).
 */
export const SALES_HISTORY_START = '2000-01-01';
export const salesHistoryRange = (today: Day): DayRange => ({ start: SALES_HISTORY_START, end: today });

export interface SalesTotals {
  /** days with any tickets or revenue */
  days: number;
  first: Day | null;
  last: Day | null;
  tickets: number;
  revenue: number;
}

/** Totals of the recorded days (days without sales may be missing or zero; both count as none). */
export function summarizeSales(days: readonly SalesDay[]): SalesTotals {
  let count = 0;
  let first: Day | null = null;
  let last: Day | null = null;
  let tickets = 0;
  let cents = 0;
  for (const day of days) {
    const t = day.tickets ?? 0;
    const r = day.revenue ?? 0;
    if (t === 0 && r === 0) continue;
    count++;
    tickets += t;
    cents += Math.round(r * 100);
    if (first === null || day.date < first) first = day.date;
    if (last === null || day.date > last) last = day.date;
  }
  return { days: count, first, last, tickets, revenue: cents / 100 };
}
