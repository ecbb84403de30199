import { downsample } from '@/components/charts/downsample';
import { normalizeShares } from '@/lib/benchmark';
import type { Day } from '@/lib/dates';
import type { SalesGraphPoint } from '../api/schemas';
import type { SalesUnit } from './search';

export interface SalesRow {
  date: Day;
  /** sold so far (null after today) */
  actual: number | null;
  /** the benchmark curve of similar events */
  benchmark: number | null;
  prediction: number | null;
  low: number | null;
  high: number | null;
}

const FIELDS = [
  'norm_tickets_sold_current',
  'norm_tickets_sold_avg',
  'norm_tickets_sold_pred',
  'norm_tickets_sold_pred_low',
  'norm_tickets_sold_pred_high',
] as const;

/**
 * The sales graph as rows in fractions of capacity, by date. All values of the graph are one
 * set for the fraction/percent decision (largest < 1.5 → fractions), so curves stay comparable.
 * A band needs both ends; an inverted band is put in order.
 */
export function toShareRows(points: readonly SalesGraphPoint[]): SalesRow[] {
  const sorted = [...points].sort((a, b) => (a.mapped_date < b.mapped_date ? -1 : a.mapped_date > b.mapped_date ? 1 : 0));
  const flat = normalizeShares(sorted.flatMap((p) => FIELDS.map((f) => p[f])));
  return sorted.map((p, i) => {
    const v = (k: number) => flat[i * FIELDS.length + k] ?? null;
    const [lo, hi] = [v(3), v(4)];
    const band = lo !== null && hi !== null ? [Math.min(lo, hi), Math.max(lo, hi)] : [null, null];
    return { date: p.mapped_date, actual: v(0), benchmark: v(1), prediction: v(2), low: band[0] ?? null, high: band[1] ?? null };
  });
}

/** Shares → tickets (share × capacity) when the unit is tickets and the capacity is known. */
export function inUnit(rows: readonly SalesRow[], unit: SalesUnit, capacity: number | null): SalesRow[] {
  if (unit === 'share' || !capacity) return rows.slice();
  const t = (v: number | null) => (v === null ? null : Math.round(v * capacity));
  return rows.map((r) => ({ ...r, actual: t(r.actual), benchmark: t(r.benchmark), prediction: t(r.prediction), low: t(r.low), high: t(r.high) }));
}

export const hasBand = (rows: readonly SalesRow[]) => rows.some((r) => r.low !== null && r.high !== null);
export const hasPrediction = (rows: readonly SalesRow[]) => rows.some((r) => r.prediction !== null);
export const hasBenchmark = (rows: readonly SalesRow[]) => rows.some((r) => r.benchmark !== null);
export const hasActual = (rows: readonly SalesRow[]) => rows.some((r) => r.actual !== null);

/**
 * Whether a curve shows on the chart as a line: lines are drawn without dots, so one point alone (the
 * prediction of an event held today) draws no line; see lonePoint.
 */
export const drawsCurve = (rows: readonly SalesRow[], key: 'actual' | 'benchmark' | 'prediction' | 'low') =>
  rows.filter((r) => r[key] !== null && (key !== 'low' || r.high !== null)).length >= 2;

/** A curve's only point (the prediction of an event held today), drawn as a marker; null for none or several. */
export function lonePoint(rows: readonly SalesRow[], key: 'actual' | 'benchmark' | 'prediction'): { date: Day; value: number } | null {
  const points = rows.filter((r) => r[key] !== null);
  const only = points.length === 1 ? points[0] : undefined;
  return only ? { date: only.date, value: only[key] as number } : null;
}

/** The x value of the "today" line: today's row, else the last row before it; null outside the graph. */
export function todayMarker(rows: readonly SalesRow[], today: Day): Day | null {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last || today < first.date || today > last.date) return null;
  let found: Day | null = null;
  for (const r of rows) {
    if (r.date > today) break;
    found = r.date;
  }
  return found;
}

const lastValue = (rows: readonly SalesRow[], key: 'actual' | 'benchmark' | 'prediction') => {
  for (let i = rows.length - 1; i >= 0; i--) {
    const v = rows[i]?.[key];
    if (v !== null && v !== undefined) return v;
  }
  return null;
};

/** The latest actual value and where the curves end (for the text summary). */
export const salesEnds = (rows: readonly SalesRow[]) => ({
  actual: lastValue(rows, 'actual'),
  prediction: lastValue(rows, 'prediction'),
  benchmark: lastValue(rows, 'benchmark'),
});

/**
 * The chart's one-line summary. "So far" only while the event is ahead: after it the count is
 * final, and "no tickets sold yet" would promise sales that will not come.
 */
export function salesSummary(rows: readonly SalesRow[], fmt: (v: number | null) => string, unitWord: string, { over }: { over: boolean }): string {
  const ends = salesEnds(rows);
  const sold = ends.actual === null
    ? (over ? 'No sales were recorded' : 'No tickets sold yet')
    : `${over ? 'Sold' : 'Sold so far'}: ${fmt(ends.actual)}${unitWord}`;
  const parts = [sold];
  if (ends.prediction !== null) parts.push(`the prediction ends at ${fmt(ends.prediction)}`);
  if (ends.benchmark !== null) parts.push(`similar events at ${fmt(ends.benchmark)}`);
  return `${parts.join('; ')}.`;
}

export const MAX_SALES_POINTS = 500;

/** At most MAX_SALES_POINTS rows (shape kept by LTTB on the most informative curve), `keep` day always kept. */
export function salesChartRows(rows: readonly SalesRow[], keep: Day | null): SalesRow[] {
  if (rows.length <= MAX_SALES_POINTS) return rows.slice();
  const sampled = new Set(downsample(rows, MAX_SALES_POINTS, (r) => r.actual ?? r.prediction ?? r.benchmark));
  return rows.filter((r) => sampled.has(r) || r.date === keep);
}

/** The y-axis top: at least full capacity, with room for an oversold curve. */
export function salesDomainMax(rows: readonly SalesRow[], full: number): number {
  let max = full;
  for (const r of rows) for (const v of [r.actual, r.benchmark, r.prediction, r.high]) if (v !== null && v > max) max = v;
  return max;
}
