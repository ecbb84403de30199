// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ROAS_HINT, roasHint } from './kpi-labels';

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
