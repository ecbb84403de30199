// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CampaignResult } from '@/lib/schemas/campaign-result';
import { addDays, eachDay } from '@/lib/dates';
import { adjustmentMarkers, barOf, barPeriodLabel, chartBars, dailyTotals, fillDays, MAX_DAILY_BARS } from './daily-revenue';

const result = (id: string, created_at: string | null, purchase = 10, revenue = 500): CampaignResult => ({
  id, eid: 'e', partner_id: 'p', purchase, revenue, created_at, source: 'automated',
});

describe('fillDays', () => {
  it('fills missing days with 0, drops days outside, sums duplicates, treats null as 0', () => {
    const rows = fillDays(
      [
        { date: '2026-05-02', revenue: 100, tickets: 2 },
        { date: '2026-05-02', revenue: 50, tickets: 1 },
        { date: '2026-05-04', revenue: null, tickets: 3 },
        { date: '2026-04-30', revenue: 999, tickets: 9 },
      ],
      '2026-05-01',
      '2026-05-04',
    );
    expect(rows).toEqual([
      { date: '2026-05-01', revenue: 0, tickets: 0 },
      { date: '2026-05-02', revenue: 150, tickets: 3 },
      { date: '2026-05-03', revenue: 0, tickets: 0 },
      { date: '2026-05-04', revenue: 0, tickets: 3 },
    ]);
  });

  it('an inverted range is empty', () => {
    expect(fillDays([], '2026-05-02', '2026-05-01')).toEqual([]);
  });
});

describe('adjustmentMarkers', () => {
  const rows = fillDays([{ date: '2026-06-13', revenue: 800, tickets: 20 }], '2026-06-12', '2026-06-14');

  it('places each result on its day in the partner zone at the height of the shown metric', () => {
    // 23:30 UTC on the 12th is already the 13th in Berlin
    const { markers, outside } = adjustmentMarkers([result('b', '2026-06-14T08:00:00Z'), result('a', '2026-06-12T23:30:00Z')], rows, {
      timeZone: 'Europe/Berlin',
      metric: 'tickets',
    });
    expect(outside).toBe(0);
    expect(markers).toEqual([
      { id: 'a', date: '2026-06-13', y: 20, purchases: 10, revenue: 500, source: 'automated' },
      { id: 'b', date: '2026-06-14', y: 0, purchases: 10, revenue: 500, source: 'automated' },
    ]);
    expect(adjustmentMarkers([result('a', '2026-06-12T23:30:00Z')], rows, { timeZone: 'UTC', metric: 'revenue' }).markers[0]).toMatchObject({
      date: '2026-06-12',
      y: 0,
    });
  });

  it('counts results outside the range, and those without a date apart', () => {
    const { markers, outside, undated } = adjustmentMarkers([result('x', '2026-07-01T10:00:00Z'), result('y', null), result('z', 'garbage')], rows, {
      timeZone: 'Europe/Berlin',
      metric: 'revenue',
    });
    expect(markers).toEqual([]);
    expect(outside).toBe(1);
    expect(undated).toBe(2);
  });

  it('spans the dated results outside the range, so the range can be widened to them', () => {
    const { outsideSpan } = adjustmentMarkers([result('x', '2026-07-01T10:00:00Z'), result('w', '2026-05-02T10:00:00Z'), result('y', null)], rows, {
      timeZone: 'Europe/Berlin',
      metric: 'revenue',
    });
    expect(outsideSpan).toEqual({ from: '2026-05-02', to: '2026-07-01' });
    expect(adjustmentMarkers([result('y', null)], rows, { timeZone: 'Europe/Berlin', metric: 'revenue' }).outsideSpan).toBeNull();
  });
});

describe('dailyTotals', () => {
  it('sums and finds the best day of the metric', () => {
    const rows = [
      { date: 'a', revenue: 10, tickets: 5 },
      { date: 'b', revenue: 30, tickets: 1 },
    ];
    expect(dailyTotals(rows, 'revenue')).toEqual({ revenue: 40, tickets: 6, best: rows[1] });
    expect(dailyTotals(rows, 'tickets').best).toBe(rows[0]);
    expect(dailyTotals([{ date: 'a', revenue: 0, tickets: 0 }], 'revenue').best).toBeNull();
  });
});

describe('chartBars', () => {
  const series = (from: string, days: number) =>
    eachDay(from, addDays(from, days - 1)).map((date, i) => ({ date, revenue: (i * 37) % 101, tickets: i % 3 }));
  const sum = (rows: readonly { revenue: number; tickets: number }[]) =>
    rows.reduce((s, r) => ({ revenue: s.revenue + r.revenue, tickets: s.tickets + r.tickets }), { revenue: 0, tickets: 0 });

  it('draws every day up to MAX_DAILY_BARS days', () => {
    const rows = series('2026-01-01', MAX_DAILY_BARS);
    const { step, bars } = chartBars(rows);
    expect(step).toBe('day');
    expect(bars).toEqual(rows.map((r) => ({ ...r, end: r.date })));
  });

  it('sums longer ranges per week, Monday to Sunday, the partial first and last weeks included', () => {
    // 2025-01-01 is a Wednesday; 730 days run to 2026-12-31, a Thursday
    const rows = series('2025-01-01', 730);
    const { step, bars } = chartBars(rows);
    expect(step).toBe('week');
    expect(bars[0]).toMatchObject({ date: '2025-01-01', end: '2025-01-05', ...sum(rows.slice(0, 5)) });
    expect(bars[1]).toMatchObject({ date: '2025-01-06', end: '2025-01-12', ...sum(rows.slice(5, 12)) });
    expect(bars.at(-1)).toMatchObject({ date: '2026-12-28', end: '2026-12-31' });
    expect(bars.slice(1, -1).every((b) => new Date(`${b.date}T00:00:00Z`).getUTCDay() === 1 && addDays(b.date, 6) === b.end)).toBe(true);
    expect(sum(bars)).toEqual(sum(rows)); // nothing lost or counted twice
    expect(bars).toHaveLength(105); // 5 days, 103 whole weeks, 4 days
  });

  it('sums per calendar month past about three years', () => {
    const rows = series('2020-01-15', 2000);
    const { step, bars } = chartBars(rows);
    expect(step).toBe('month');
    expect(bars[0]).toMatchObject({ date: '2020-01-15', end: '2020-01-31', ...sum(rows.slice(0, 17)) });
    expect(bars[1]).toMatchObject({ date: '2020-02-01', end: '2020-02-29' });
    expect(sum(bars)).toEqual(sum(rows));
    expect(bars.length).toBe(67);
  });

  it('finds the bar of a day, and says what a bar covers', () => {
    const { bars } = chartBars(series('2025-01-01', 730));
    expect(barOf(bars, '2025-01-08')).toMatchObject({ date: '2025-01-06', end: '2025-01-12' });
    expect(barOf(bars, '2025-01-01')).toBe(bars[0]);
    expect(barOf(bars, '2026-12-31')).toBe(bars.at(-1));
    expect(barOf(bars, '2024-12-31')).toBeUndefined();
    expect(barPeriodLabel(bars[1]!, 'week')).toMatch(/^6\s–\s12 January 2025$/); // Intl puts thin spaces around the dash
    const months = chartBars(series('2020-01-15', 2000)).bars;
    expect(barPeriodLabel(months[1]!, 'month')).toBe('February 2020');
    expect(barPeriodLabel(months[0]!, 'month')).toMatch(/^15\s–\s31 January 2020$/);
    expect(barPeriodLabel({ date: '2026-03-04', end: '2026-03-04', revenue: 0, tickets: 0 }, 'day')).toBe('4 March 2026');
  });
});
