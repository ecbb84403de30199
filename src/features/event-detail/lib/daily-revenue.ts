import { downsample } from '@/components/charts/downsample';
import { dayInZone, eachDay, type Day } from '@/lib/dates';
import type { CampaignResult } from '@/lib/schemas/campaign-result';
import type { DailyRevenueDay } from '../api/schemas';
import type { DailyMetric } from './search';

export interface DayRow {
  date: Day;
  revenue: number;
  tickets: number;
}

/** Longer series are downsampled before drawing (the table keeps every day). */
export const MAX_CHART_POINTS = 500;

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
  /** recorded outside the range (or undated) */
  outside: number;
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
  let outside = 0;
  for (const a of adjustments) {
    const instant = a.created_at ? new Date(a.created_at) : null;
    const date = instant && !Number.isNaN(instant.getTime()) ? dayInZone(instant, timeZone) : null;
    const row = date ? byDay.get(date) : undefined;
    if (!date || !row) {
      outside++;
      continue;
    }
    markers.push({ id: a.id, date, y: row[metric], purchases: a.purchase, revenue: a.revenue, source: a.source });
  }
  markers.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { markers, outside };
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

/** The rows to draw: at most MAX_CHART_POINTS, marker days always kept. */
export function dailyChartRows(rows: readonly DayRow[], metric: DailyMetric, keep: ReadonlySet<Day> = new Set()): DayRow[] {
  if (rows.length <= MAX_CHART_POINTS) return rows.slice();
  const sampled = new Set(downsample(rows, MAX_CHART_POINTS, (r) => r[metric]));
  return rows.filter((r) => sampled.has(r) || keep.has(r.date));
}
