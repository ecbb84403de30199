// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eachDay } from '@/lib/dates';
import { dayTicks } from './day-ticks';

describe('dayTicks', () => {
  it('months: the 1st of each month when they fit, at one step throughout', () => {
    // the QA case: 3 Sept 2026 to 15 Jan 2027, where recharts gave 3 Sept, 3 Oct, 2 Nov, 12 Dec, 11 Jan
    const days = eachDay('2026-09-03', '2027-01-15');
    expect(dayTicks(days, 5)).toEqual(['2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01']);
    expect(dayTicks(days, 3)).toEqual(['2026-11-01', '2027-01-01']);
  });

  it('longer ranges: quarters, half years, years', () => {
    const days = eachDay('2026-03-31', '2027-01-15');
    expect(dayTicks(days, 4)).toEqual(['2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01']);
    expect(dayTicks(days, 2)).toEqual(['2026-07-01', '2027-01-01']);
    expect(dayTicks(eachDay('2023-02-01', '2026-12-31'), 4)).toEqual(['2024-01-01', '2025-01-01', '2026-01-01']);
  });

  it('short ranges: days, every other day, weeks or fortnights from the first day', () => {
    const days = eachDay('2026-12-01', '2026-12-29');
    expect(dayTicks(days.slice(0, 5), 8)).toEqual(days.slice(0, 5));
    expect(dayTicks(days, 5)).toEqual(['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29']);
    expect(dayTicks(days, 3)).toEqual(['2026-12-01', '2026-12-15', '2026-12-29']);
  });

  it('every step is the same length in days or in months', () => {
    for (const max of [3, 4, 6, 8, 12]) {
      const ticks = dayTicks(eachDay('2025-11-20', '2027-02-10'), max);
      expect(ticks.length).toBeLessThanOrEqual(max);
      const months = ticks.map((d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)));
      expect(new Set(months.slice(1).map((m, i) => m - (months[i] ?? 0))).size).toBe(1);
    }
  });

  it('ticks only days the axis has; nothing for no days or no room', () => {
    // every other day from 28 Nov: 30 Nov, 2 and 4 Dec are not on the axis, and nothing stands in for them
    expect(dayTicks(['2026-11-28', '2026-12-03', '2026-12-05'], 2)).toEqual(['2026-11-28']);
    expect(dayTicks([], 5)).toEqual([]);
    expect(dayTicks(eachDay('2026-12-01', '2026-12-09'), 0)).toEqual([]);
  });
});
