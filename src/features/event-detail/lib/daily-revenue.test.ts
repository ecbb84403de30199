// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CampaignResult } from '@/lib/schemas/campaign-result';
import { addDays, eachDay } from '@/lib/dates';
import { adjustmentMarkers, dailyChartRows, dailyTotals, fillDays, MAX_CHART_POINTS } from './daily-revenue';

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

  it('counts results outside the range or without a date', () => {
    const { markers, outside } = adjustmentMarkers([result('x', '2026-07-01T10:00:00Z'), result('y', null), result('z', 'garbage')], rows, {
      timeZone: 'Europe/Berlin',
      metric: 'revenue',
    });
    expect(markers).toEqual([]);
    expect(outside).toBe(3);
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

describe('dailyChartRows', () => {
  it('keeps short ranges whole', () => {
    const rows = fillDays([], '2026-01-01', '2026-01-31');
    expect(dailyChartRows(rows, 'revenue')).toEqual(rows);
  });

  it('downsamples long ranges to about 500 points, keeping marker days', () => {
    const days = eachDay('2024-01-01', addDays('2024-01-01', 1199));
    const rows = days.map((date, i) => ({ date, revenue: (i * 37) % 101, tickets: 1 }));
    const keep = new Set([days[333] as string]);
    const drawn = dailyChartRows(rows, 'revenue', keep);
    expect(drawn.length).toBeGreaterThanOrEqual(MAX_CHART_POINTS);
    expect(drawn.length).toBeLessThanOrEqual(MAX_CHART_POINTS + 1);
    expect(drawn.some((r) => r.date === days[333])).toBe(true);
    expect(drawn[0]).toBe(rows[0]);
    expect(drawn.at(-1)).toBe(rows.at(-1));
  });
});
