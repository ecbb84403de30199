// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { eventRoasHint, ROAS_HINT, roasHint } from './kpi-labels';

describe('roasHint', () => {
  it('explains the ratio when there is one', () => {
    expect(roasHint(3.2, 100)).toBe(ROAS_HINT);
  });
  it('says why there is none: spend without attributed results yet, or no spend', () => {
    expect(roasHint(null, 640.5)).toBe('known after the event, once attributed');
    expect(roasHint(null, 0)).toBe('no ad spend');
    expect(roasHint(null, null)).toBe('no ad spend');
  });
  it('is never longer than the ratio hint, which the tile keeps two lines for', () => {
    for (const hint of [roasHint(null, 640.5), roasHint(null, 0)]) expect(hint.length).toBeLessThanOrEqual(ROAS_HINT.length);
  });
});

describe('eventRoasHint', () => {
  it('names the attributed revenue the ratio divides, to the cent as the Wave page shows it', () => {
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(eventRoasHint(17.3, 736.78, 'EUR', 12711.77)).toBe('from €12,711.77 attributed revenue');
    expect(eventRoasHint(2.19, 798.6, 'EUR', 1749)).toBe('from €1,749.00 attributed revenue');
    vi.unstubAllGlobals();
  });

  it('while the attributed revenue is unknown, explains the ratio rather than derive a figure from it', () => {
    expect(eventRoasHint(17.3, 736.78, 'EUR', undefined)).toBe(ROAS_HINT);
  });

  it('without a ratio or a spend, says why as the overview does', () => {
    expect(eventRoasHint(null, 640.5, 'EUR', 0)).toBe('known after the event, once attributed');
    expect(eventRoasHint(null, 0, 'EUR')).toBe('no ad spend');
  });
});
