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
  it('names the attributed revenue the ratio divides, so it can be checked against the tiles beside it', () => {
    vi.stubGlobal('navigator', { language: 'en-GB' });
    // a rounded ratio times the spend: said as a round figure, not to the euro
    expect(eventRoasHint(17.1, 8000, 'EUR')).toBe('from about €140k attributed revenue');
    expect(eventRoasHint(2.19, 798.6, 'EUR')).toBe('from about €1,700 attributed revenue');
    expect(eventRoasHint(0.35, 20, 'EUR')).toBe('from about €7 attributed revenue');
    vi.unstubAllGlobals();
  });

  it('without a ratio or a spend, says why as the overview does', () => {
    expect(eventRoasHint(null, 640.5, 'EUR')).toBe('known after the event, once attributed');
    expect(eventRoasHint(null, 0, 'EUR')).toBe('no ad spend');
  });
});
