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
    expect(resolvePreset('next-30', '2026-11-20')).toEqual({ from: '2026-11-20', to: '2026-12-19' });
    // Mon 7 Dec: the next 14 days end on Sun 20 Dec, not on Mon 21 Dec (the 15th day)
    expect(resolvePreset('next-14', '2026-12-07')).toEqual({ from: '2026-12-07', to: '2026-12-20' });
    // today is upcoming, not past: the past 90 days end yesterday
    expect(resolvePreset('past-90', '2026-11-20')).toEqual({ from: '2026-08-22', to: '2026-11-19' });
    // last week: the seven days before today, tonight not yet among them
    expect(resolvePreset('past-7', '2026-12-07')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(resolvePreset('upcoming', '2026-11-20')).toEqual({ from: '2026-11-20', to: null });
    expect(resolvePreset('all', '2026-11-20')).toEqual({ from: null, to: null });
  });

  it('"next N days" and "past N days" span exactly N calendar days, across month and DST changes', () => {
    for (const todayDay of ['2026-12-07', '2026-03-20', '2026-10-20', '2027-02-20']) {
      for (const [preset, n] of [['next-14', 14], ['next-30', 30], ['past-7', 7], ['past-90', 90]] as const) {
        const { from, to } = resolvePreset(preset, todayDay);
        expect(eachDay(from!, to!), `${preset} from ${todayDay}`).toHaveLength(n);
      }
      // today is the first of the next days and just after the past ones
      expect(resolvePreset('next-14', todayDay).from).toBe(todayDay);
      expect(addDays(resolvePreset('past-90', todayDay).to!, 1)).toBe(todayDay);
    }
  });

  it('isCalendarDay: YYYY-MM-DD of a day that exists', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-12-04')).toBe(true);
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-6-1', '01.06.2026', '2026-06-01T00:00', '']) expect(isCalendarDay(bad)).toBe(false);
  });
});
