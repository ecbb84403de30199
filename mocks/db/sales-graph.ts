/**
 * GET /events/{eid}/sales-graph and /benchmark: cumulative share of capacity per day. `current`
 * comes from the sales rows (so ingests show up), `avg` is the benchmark curve, `pred*` the
 * prediction from today to the event with a widening band.
 */
import { clamp, isoDay, parseDay, partnerDayNumber } from './dates';
import type { EventBenchmark, EventRecord, EventRow } from './event-types';
import { findRecord } from './events';
import { getSalesRows, salesTotals } from './daily-sales';
import { salesCurve } from './sales-model';
import { mockOptions } from './store';

export interface SalesGraphPoint {
  mapped_date: string;
  norm_tickets_sold_current: number | null;
  norm_tickets_sold_avg: number | null;
  norm_tickets_sold_pred?: number;
  norm_tickets_sold_pred_low?: number;
  norm_tickets_sold_pred_high?: number;
}

const r4 = (n: number) => Math.round(n * 10_000) / 10_000;

export function salesGraph(partnerId: string, eid: string): { sales: SalesGraphPoint[] } | undefined {
  const rec = findRecord(partnerId, eid);
  if (!rec) return undefined;
  const { meta, row } = rec;
  const capacity = row.capacity && row.capacity > 0 ? row.capacity : meta.capacity0;
  const today = partnerDayNumber(mockOptions().now.getTime());
  const rows = getSalesRows(partnerId, eid);
  const perDay = new Map<number, number>();
  for (const r of rows) {
    const day = parseDay(r.date);
    if (day !== null) perDay.set(day, (perDay.get(day) ?? 0) + r.tickets);
  }
  const firstRow = rows.length ? parseDay(rows[0]?.date ?? '') : null;
  const first = Math.min(meta.onSaleDay, firstRow ?? meta.onSaleDay);
  const typical = salesCurve(meta, true);
  const shape = salesCurve(meta, false);
  const at = (curve: Float64Array, day: number) => (day < meta.onSaleDay ? 0 : curve[Math.min(curve.length - 1, day - meta.onSaleDay)] ?? 1);
  const currentToday = salesTotals(partnerId, eid).tickets / capacity;
  // The event's current day (an edit may have moved it; the sales history stays as it was).
  const end = partnerDayNumber(meta.startMs);
  const predicting = meta.predicted !== null && end >= today;
  const sales: SalesGraphPoint[] = [];
  let cumulative = 0;
  for (let day = first; day <= end; day++) {
    cumulative += perDay.get(day) ?? 0;
    const point: SalesGraphPoint = {
      mapped_date: isoDay(day),
      norm_tickets_sold_current: day <= today ? r4(cumulative / capacity) : null,
      // on the event's day the curves reach the shares /benchmark gives (the model's curve may stop short of 1)
      norm_tickets_sold_avg: meta.benchmarkShare === null ? null : r4((day === end ? 1 : at(typical, day)) * meta.benchmarkShare),
    };
    if (predicting && meta.predicted !== null && day >= today) {
      const base = at(shape, today);
      const progress = base >= 1 || day === end ? 1 : (at(shape, day) - base) / (1 - base);
      const pred = currentToday + (meta.predicted - currentToday) * progress;
      const spread = 0.1 * meta.predicted * ((day - today) / Math.max(1, end - today));
      point.norm_tickets_sold_pred = r4(clamp(pred, 0, 1));
      point.norm_tickets_sold_pred_low = r4(clamp(pred - spread, 0, 1));
      point.norm_tickets_sold_pred_high = r4(clamp(pred + spread, 0, 1));
    }
    sales.push(point);
  }
  return { sales };
}

/** Are the row's benchmark numbers percents (the kit's rule: largest value ≥ 1.5)? */
const inPercent = (b: EventBenchmark | null) => Math.max(b?.prediction?.value ?? 0, b?.prediction?.benchmark ?? 0) >= 1.5;

/** The share of capacity sold to date (from the sales rows, so ingests count), in the unit of the row's benchmark. */
function soldShare(partnerId: string, rec: EventRecord): number {
  const capacity = rec.row.capacity && rec.row.capacity > 0 ? rec.row.capacity : rec.meta.capacity0;
  const share = salesTotals(partnerId, rec.row.id).tickets / capacity;
  return inPercent(rec.row.benchmark) ? Math.round(share * 1000) / 10 : Math.round(share * 100) / 100;
}

/** GET /events/{eid}/benchmark: the row's benchmark plus `now`, in the same unit as the row. */
export function benchmarkOf(partnerId: string, eid: string) {
  const rec = findRecord(partnerId, eid);
  if (!rec) return undefined;
  const b = rec.row.benchmark;
  return { now: soldShare(partnerId, rec), prediction: b?.prediction ?? null, state: b?.state ?? null };
}

/**
 * An event as every read answers it (lists, one event, series, the CR edit): the row, its embedded
 * benchmark carrying `now` as GET /events/{eid}/benchmark does [ours], so a list can show how a
 * past event sold against similar events. No benchmark, no `now`.
 */
export function eventAnswer(partnerId: string, rec: EventRecord): EventRow {
  const b = rec.row.benchmark;
  return b ? { ...rec.row, benchmark: { ...b, now: soldShare(partnerId, rec) } } : rec.row;
}
