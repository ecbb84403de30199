// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SalesGraphPoint } from '../api/schemas';
import { drawsCurve, hasActual, lonePoint, hasBand, hasBenchmark, hasPrediction, inUnit, MAX_SALES_POINTS, salesChartRows, salesDomainMax, salesEnds, salesSummary, todayMarker, toShareRows } from './sales-graph';

const point = (mapped_date: string, current: number | null, avg: number | null, pred?: [number, number, number]): SalesGraphPoint => ({
  mapped_date,
  norm_tickets_sold_current: current,
  norm_tickets_sold_avg: avg,
  norm_tickets_sold_pred: pred?.[0] ?? null,
  norm_tickets_sold_pred_low: pred?.[1] ?? null,
  norm_tickets_sold_pred_high: pred?.[2] ?? null,
});

describe('toShareRows', () => {
  it('aligns the curves by date (sorted) and keeps nulls', () => {
    const rows = toShareRows([point('2026-05-02', null, 0.3, [0.35, 0.3, 0.4]), point('2026-05-01', 0.1, 0.2)]);
    expect(rows).toEqual([
      { date: '2026-05-01', actual: 0.1, benchmark: 0.2, prediction: null, low: null, high: null },
      { date: '2026-05-02', actual: null, benchmark: 0.3, prediction: 0.35, low: 0.3, high: 0.4 },
    ]);
  });

  it('reads percents as fractions, deciding once for the whole graph', () => {
    const rows = toShareRows([point('2026-05-01', 1, 2), point('2026-05-02', 40, 60, [70, 65, 75])]);
    expect(rows[0]).toMatchObject({ actual: 0.01, benchmark: 0.02 });
    expect(rows[1]).toMatchObject({ actual: 0.4, prediction: 0.7, low: 0.65, high: 0.75 });
  });

  it('a band needs both ends and is put in order', () => {
    const [a, b] = toShareRows([
      { ...point('2026-05-01', 0.1, 0.1), norm_tickets_sold_pred_low: 0.2 },
      point('2026-05-02', 0.1, 0.1, [0.3, 0.4, 0.2]),
    ]);
    expect(a).toMatchObject({ low: null, high: null });
    expect(b).toMatchObject({ low: 0.2, high: 0.4 });
  });
});

describe('units, band, prediction', () => {
  const rows = toShareRows([point('2026-05-01', 0.25, 0.5), point('2026-05-02', null, 0.6, [0.8, 0.7, 0.9])]);

  it('tickets = share × capacity (rounded); share or unknown capacity unchanged', () => {
    expect(inUnit(rows, 'tickets', 1000)[1]).toEqual({ date: '2026-05-02', actual: null, benchmark: 600, prediction: 800, low: 700, high: 900 });
    expect(inUnit(rows, 'tickets', null)).toEqual(rows);
    expect(inUnit(rows, 'share', 1000)).toEqual(rows);
  });

  it('detects the band and the prediction', () => {
    expect(hasBand(rows)).toBe(true);
    expect(hasPrediction(rows)).toBe(true);
    const plain = toShareRows([point('2026-05-01', 0.1, 0.2)]);
    expect(hasBand(plain)).toBe(false);
    expect(hasPrediction(plain)).toBe(false);
  });

  it('detects the actual and benchmark curves', () => {
    expect(hasActual(rows)).toBe(true);
    expect(hasBenchmark(rows)).toBe(true);
    const none = toShareRows([point('2026-05-01', null, null)]);
    expect(hasActual(none)).toBe(false);
    expect(hasBenchmark(none)).toBe(false);
  });

  it('ends of each curve and the y-axis top', () => {
    expect(salesEnds(rows)).toEqual({ actual: 0.25, prediction: 0.8, benchmark: 0.6 });
    expect(salesDomainMax(rows, 1)).toBe(1);
    expect(salesDomainMax(toShareRows([point('2026-05-01', 1.2, 0.5)]), 1)).toBe(1.2);
  });
});

describe('todayMarker', () => {
  const rows = toShareRows([point('2026-05-01', 0.1, 0.1), point('2026-05-03', 0.2, 0.2), point('2026-05-05', null, 0.3)]);
  it('is today, the last day before it, or null outside the graph', () => {
    expect(todayMarker(rows, '2026-05-03')).toBe('2026-05-03');
    expect(todayMarker(rows, '2026-05-04')).toBe('2026-05-03');
    expect(todayMarker(rows, '2026-04-30')).toBeNull();
    expect(todayMarker(rows, '2026-05-06')).toBeNull();
    expect(todayMarker([], '2026-05-06')).toBeNull();
  });
});

describe('salesChartRows', () => {
  it('downsamples long graphs and keeps the today row', () => {
    const points = Array.from({ length: 1500 }, (_, i) => {
      const d = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
      return point(d, i < 1000 ? i / 1500 : null, i / 1600);
    });
    const rows = toShareRows(points);
    const keep = rows[777]?.date ?? null;
    const drawn = salesChartRows(rows, keep);
    expect(drawn.length).toBeLessThanOrEqual(MAX_SALES_POINTS + 1);
    expect(drawn.some((r) => r.date === keep)).toBe(true);
    expect(salesChartRows(rows.slice(0, 10), null)).toEqual(rows.slice(0, 10));
  });
});

describe('salesSummary', () => {
  const fmt = (v: number | null) => `${v}`;
  const rows = toShareRows([point('2026-05-01', 0.25, 0.5), point('2026-05-02', null, 0.6, [0.8, 0.7, 0.9])]);
  it('says "so far" only while the event is ahead', () => {
    expect(salesSummary(rows, fmt, ' of capacity', { over: false })).toBe('Sold so far: 0.25 of capacity; the prediction ends at 0.8; similar events at 0.6.');
    expect(salesSummary(rows, fmt, ' of capacity', { over: true })).toBe('Sold: 0.25 of capacity; the prediction ends at 0.8; similar events at 0.6.');
  });

  it('without sales: "not yet" ahead of the event, none recorded after it', () => {
    const empty = toShareRows([point('2026-05-01', null, 0.5)]);
    expect(salesSummary(empty, fmt, '', { over: false })).toBe('No tickets sold yet; similar events at 0.5.');
    expect(salesSummary(empty, fmt, '', { over: true })).toBe('No sales were recorded; similar events at 0.5.');
  });

  it('a curve is a line with two points or more (no dots); one point alone is its lone point, drawn as a marker', () => {
    const row = (date: string, prediction: number | null) => ({ date, actual: null, benchmark: null, prediction, low: prediction, high: prediction });
    expect(drawsCurve([row('2026-12-07', 0.3)], 'prediction')).toBe(false);
    expect(lonePoint([row('2026-12-06', null), row('2026-12-07', 0.3)], 'prediction')).toEqual({ date: '2026-12-07', value: 0.3 });
    expect(drawsCurve([row('2026-12-07', 0.3), row('2026-12-08', null)], 'low')).toBe(false);
    expect(drawsCurve([row('2026-12-07', 0.3), row('2026-12-08', 0.35)], 'prediction')).toBe(true);
    expect(lonePoint([row('2026-12-07', 0.3), row('2026-12-08', 0.35)], 'prediction')).toBeNull();
    expect(lonePoint([row('2026-12-07', null)], 'prediction')).toBeNull();
    expect(drawsCurve([row('2026-12-07', 0.3), row('2026-12-08', 0.35)], 'low')).toBe(true);
  });
});
