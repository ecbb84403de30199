// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addDays, dayInZone, daysBetween, eachDay, isCalendarDay, resolvePreset } from './dates';

describe('dates', () => {
  it('resolves the calendar day in the given zone', () => {
    const lateEvening = new Date('2026-06-12T22:30:00Z');
    expect(dayInZone(lateEvening, 'Europe/Berlin')).toBe('2026-06-13');
    expect(dayInZone(lateEvening, 'UTC')).toBe('2026-06-12');
    expect(dayInZone(lateEvening, 'America/New_York')).toBe('2026-06-12');
  });

  it('adds days across DST and month ends', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(eachDay('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('resolves presets relative to today', () => {
    expect(resolvePreset('next-30', '2026-11-20')).toEqual({ from: '2026-11-20', to: '2026-12-20' });
    // today is upcoming, not past: the past 90 days end yesterday
    expect(resolvePreset('past-90', '2026-11-20')).toEqual({ from: '2026-08-22', to: '2026-11-19' });
    expect(resolvePreset('upcoming', '2026-11-20')).toEqual({ from: '2026-11-20', to: null });
    expect(resolvePreset('all', '2026-11-20')).toEqual({ from: null, to: null });
  });

  it('isCalendarDay: YYYY-MM-DD of a day that exists', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-12-04')).toBe(true);
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-6-1', '01.06.2026', '2026-06-01T00:00', '']) expect(isCalendarDay(bad)).toBe(false);
  });
});
