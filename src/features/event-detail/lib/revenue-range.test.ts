// @vitest-environment node
import { addDays } from '@/lib/dates';
import { describe, expect, it } from 'vitest';
import { presetLabels, resolveRevenueRange } from './revenue-range';

const today = '2026-11-20';

describe('resolveRevenueRange', () => {
  it('presets end today for an upcoming event, both ends inclusive', () => {
    expect(resolveRevenueRange({ range: '30d', from: null, to: null }, { today, eventDay: '2027-01-10' })).toEqual({
      start: '2026-10-22', end: '2026-11-20', preset: '30d', days: 30,
    });
    expect(resolveRevenueRange({ range: '7d', from: null, to: null }, { today, eventDay: null })).toMatchObject({ start: '2026-11-14', end: today });
  });

  it('presets end a week after the event when it is over (campaign results come then), at most today', () => {
    expect(resolveRevenueRange({ range: '90d', from: null, to: null }, { today, eventDay: '2026-06-12' })).toEqual({
      start: '2026-03-22', end: '2026-06-19', preset: '90d', days: 90,
    });
    expect(resolveRevenueRange({ range: '7d', from: null, to: null }, { today, eventDay: '2026-11-17' })).toMatchObject({ end: today });
  });

  it('a custom range uses its ends (in order)', () => {
    expect(resolveRevenueRange({ range: 'custom', from: '2026-09-30', to: '2026-09-01' }, { today, eventDay: null })).toEqual({
      start: '2026-09-01', end: '2026-09-30', preset: 'custom', days: 30,
    });
  });

  it('a custom range (from an address) ends today at the latest: no days of sales not yet known', () => {
    expect(resolveRevenueRange({ range: 'custom', from: addDays(today, -10), to: addDays(today, 90) }, { today, eventDay: null })).toEqual({
      start: addDays(today, -10), end: today, preset: 'custom', days: 11,
    });
    expect(resolveRevenueRange({ range: 'custom', from: addDays(today, 5), to: addDays(today, 90) }, { today, eventDay: null })).toEqual({
      start: today, end: today, preset: 'custom', days: 1,
    });
  });

  it('a custom range missing an end falls back to 30 days', () => {
    expect(resolveRevenueRange({ range: 'custom', from: '2026-09-01', to: null }, { today, eventDay: null })).toMatchObject({ preset: '30d', end: today });
  });

  it('crosses DST and leap days by calendar day', () => {
    expect(resolveRevenueRange({ range: '7d', from: null, to: null }, { today: '2028-03-02', eventDay: null }).start).toBe('2028-02-25');
  });

  it('names the presets by where they end: today, or a week after a past event', () => {
    expect(presetLabels({ today, eventDay: '2027-01-10' })['30d']).toBe('Last 30 days');
    expect(presetLabels({ today, eventDay: null })['7d']).toBe('Last 7 days');
    // within a week after the event the presets still end today
    expect(presetLabels({ today, eventDay: '2026-11-13' })['30d']).toBe('Last 30 days');
    expect(presetLabels({ today, eventDay: '2026-11-12' })).toMatchObject({
      '7d': 'The week after the event', '30d': '30 days, ending a week after the event', '365d': '12 months, ending a week after the event', custom: 'Custom',
    });
  });
});
