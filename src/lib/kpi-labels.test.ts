// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { formatRatio } from './format';
import { eventRoas, eventRoasHint, ROAS_HINT, roasHint, roasOf } from './kpi-labels';

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

describe('eventRoas', () => {
  it("is the attributed revenue over the spend, rounded once when shown: the API's 1.35 (itself rounded) would show 1.4×, the exact 1.347 shows 1.3×", () => {
    expect(formatRatio(eventRoas(1.35, 6407.51, 8632.98))).toBe(formatRatio(8632.98 / 6407.51));
    expect(formatRatio(eventRoas(1.35, 6407.51, 8632.98))).not.toBe(formatRatio(1.35));
  });
  it("is the API's figure while the revenue is unknown or the spend unusable, and none while the API has none", () => {
    expect(eventRoas(1.35, 6407.51, undefined)).toBe(1.35);
    expect(eventRoas(1.35, 0, 100)).toBe(1.35);
    expect(eventRoas(null, 640.5, 0)).toBeNull();
  });
  it('roasOf: none without a positive spend', () => {
    expect(roasOf(100, 40)).toBe(2.5);
    expect(roasOf(100, 0)).toBeNull();
    expect(roasOf(100, null)).toBeNull();
  });
});
