import type { Day } from '@/lib/dates';
import { formatCount, formatDayRange, formatMoney } from '@/lib/format';
import type { SalesDay } from '../api/schemas';
import { summarizeSales } from './sales-summary';

/** The recorded days as read at one moment (`at` counts the reads: the query's `dataUpdateCount`). */
export interface SalesSnapshot { days: readonly SalesDay[]; at: number; currency?: string | null }

export interface SalesAdded {
  tickets: number;
  revenue: number;
  /** the first and last day whose sales changed; null when none did */
  first: Day | null;
  last: Day | null;
}

/**
 * What an upload added, read from the recorded sales before it and after it: the upload's answer
 * holds only `imported_rows` (§6 gives no more), and the page reads these anyway. Null unless the
 * days after come from a later read than the days before (a failed re-read keeps the old days).
 */
export function salesAdded(before: SalesSnapshot | null, after: SalesSnapshot | null): SalesAdded | null {
  if (!before || !after || after.at <= before.at) return null;
  const was = new Map(before.days.map((d) => [d.date, d]));
  let first: Day | null = null;
  let last: Day | null = null;
  for (const day of after.days) {
    const old = was.get(day.date);
    if ((day.tickets ?? 0) === (old?.tickets ?? 0) && (day.revenue ?? 0) === (old?.revenue ?? 0)) continue;
    if (first === null || day.date < first) first = day.date;
    if (last === null || day.date > last) last = day.date;
  }
  const a = summarizeSales(after.days);
  const b = summarizeSales(before.days);
  return { tickets: a.tickets - b.tickets, revenue: Math.round((a.revenue - b.revenue) * 100) / 100, first, last };
}

/** "Imported 2 rows: 2,001 tickets and €181,500.00 (30 November – 1 December 2026)." */
export function importedSalesText(rows: number, added: SalesAdded, currency: string | null): string {
  const days = added.first ? ` (${formatDayRange(added.first, added.last)})` : '';
  return `Imported ${formatCount(rows, 'row', 'rows')}: ${formatCount(added.tickets, 'ticket', 'tickets')} and ${formatMoney(added.revenue, currency)}${days}.`;
}
