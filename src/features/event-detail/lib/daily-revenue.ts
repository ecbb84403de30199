import { addDays, dayInZone, eachDay, type Day } from '@/lib/dates';
import { formatDay, formatDayRange, formatMonth } from '@/lib/format';
import type { CampaignResult } from '@/lib/schemas/campaign-result';
import type { DailyRevenueDay } from '../api/schemas';
import type { DailyMetric } from './search';

export interface DayRow {
  date: Day;
  revenue: number;
  tickets: number;
}

/** Up to this many days, each day is a bar; longer ranges are summed (the table keeps every day). */
export const MAX_DAILY_BARS = 500;
/** Up to this many weeks, a bar is a week (Monday to Sunday); beyond, a calendar month. */
export const MAX_WEEKLY_BARS = 160;

/**
 * One row per day of [start, end]: days the server left out (no sales) become 0, days outside
 * the range are dropped, and a day sent twice is summed.
 */
export function fillDays(days: readonly DailyRevenueDay[], start: Day, end: Day): DayRow[] {
  if (start > end) return [];
  const byDay = new Map<Day, DayRow>(eachDay(start, end).map((date) => [date, { date, revenue: 0, tickets: 0 }]));
  for (const d of days) {
    const row = byDay.get(d.date);
    if (!row) continue;
    row.revenue += d.revenue ?? 0;
    row.tickets += d.tickets ?? 0;
  }
  return [...byDay.values()];
}

export interface AdjustmentMarker {
  id: string;
  /** the day (partner time zone) the result was recorded */
  date: Day;
  /** where the marker sits: the chart's value on that day */
  y: number;
  purchases: number | null;
  revenue: number | null;
  source: string | null;
}

export interface AdjustmentMarkers {
  /** inside the range, by date */
  markers: AdjustmentMarker[];
  /** recorded outside the range */
  outside: number;
  /** without a (readable) date: no range shows them */
  undated: number;
  /** the first and last day of the dated ones outside the range (to widen it to them), else null */
  outsideSpan: { from: string; to: string } | null;
}

/**
 * The `manual_adjustments` (campaign results) as chart markers: each on the day it was recorded
 * in the partner's time zone, at the height of that day's bar for the shown metric.
 */
export function adjustmentMarkers(
  adjustments: readonly CampaignResult[],
  rows: readonly DayRow[],
  { timeZone, metric }: { timeZone: string; metric: DailyMetric },
): AdjustmentMarkers {
  const byDay = new Map(rows.map((r) => [r.date, r]));
  const markers: AdjustmentMarker[] = [];
  let undated = 0;
  const outsideDays: string[] = [];
  for (const a of adjustments) {
    const instant = a.created_at ? new Date(a.created_at) : null;
    const date = instant && !Number.isNaN(instant.getTime()) ? dayInZone(instant, timeZone) : null;
    const row = date ? byDay.get(date) : undefined;
    if (!date || !row) {
      if (date) outsideDays.push(date);
      else undated++;
      continue;
    }
    markers.push({ id: a.id, date, y: row[metric], purchases: a.purchase, revenue: a.revenue, source: a.source });
  }
  markers.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  outsideDays.sort();
  const [from, to] = [outsideDays[0], outsideDays.at(-1)];
  return { markers, outside: outsideDays.length, undated, outsideSpan: from && to ? { from, to } : null };
}

export interface DailyTotals {
  revenue: number;
  tickets: number;
  /** the day with the highest value of the metric, null when every day is 0 */
  best: DayRow | null;
}

export function dailyTotals(rows: readonly DayRow[], metric: DailyMetric): DailyTotals {
  let revenue = 0;
  let tickets = 0;
  let best: DayRow | null = null;
  for (const r of rows) {
    revenue += r.revenue;
    tickets += r.tickets;
    if (r[metric] > 0 && (!best || r[metric] > best[metric])) best = r;
  }
  return { revenue, tickets, best };
}

export type BarStep = 'day' | 'week' | 'month';

/** One bar: the sum of the days from `date` to `end` (both inside the range). */
export interface BarRow extends DayRow {
  end: Day;
}

/** Monday of the ISO week that holds `day`. */
function weekStart(day: Day): Day {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * The bars to draw for a range of days (sorted, one row per day): every day up to
 * MAX_DAILY_BARS, else sums per week, or per month past MAX_WEEKLY_BARS weeks. Sums, not a
 * sample of single days: a bar's height is what was sold in the period it covers. The first
 * and last bar may cover only part of their week or month (the part inside the range).
 */
export function chartBars(rows: readonly DayRow[]): { step: BarStep; bars: BarRow[] } {
  if (rows.length <= MAX_DAILY_BARS) return { step: 'day', bars: rows.map((r) => ({ ...r, end: r.date })) };
  const step: BarStep = rows.length / 7 <= MAX_WEEKLY_BARS ? 'week' : 'month';
  const periodOf = step === 'week' ? weekStart : (day: Day) => day.slice(0, 7);
  const bars: BarRow[] = [];
  let period: string | undefined;
  for (const r of rows) {
    const p = periodOf(r.date);
    const last = bars.at(-1);
    if (last && p === period) {
      last.revenue += r.revenue;
      last.tickets += r.tickets;
      last.end = r.date;
    } else {
      bars.push({ date: r.date, end: r.date, revenue: r.revenue, tickets: r.tickets });
      period = p;
    }
  }
  return { step, bars };
}

/** The bar that covers `day` (bars sorted by date, as chartBars returns them). */
export function barOf<T extends BarRow>(bars: readonly T[], day: Day): T | undefined {
  let lo = 0;
  let hi = bars.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const bar = bars[mid] as T;
    if (day < bar.date) hi = mid - 1;
    else if (day > bar.end) lo = mid + 1;
    else return bar;
  }
  return undefined;
}

/** What a bar covers, for its tooltip: "4 March 2026", "2 – 8 March 2026" or "March 2026". */
export function barPeriodLabel(bar: BarRow, step: BarStep): string {
  if (step === 'day' || bar.date === bar.end) return formatDay(bar.date);
  const wholeMonth = step === 'month' && bar.date.endsWith('-01') && addDays(bar.end, 1).endsWith('-01');
  return wholeMonth ? formatMonth(bar.date) : formatDayRange(bar.date, bar.end);
}
