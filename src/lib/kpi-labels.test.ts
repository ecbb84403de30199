// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ROAS_HINT, roasHint } from './kpi-labels';

describe('roasHint', () => {
  it('explains the ratio when there is one', () => {
    expect(roasHint(3.2, 100)).toBe(ROAS_HINT);
  });
  it('says why there is none: spend without attributed results yet, or no spend', () => {
    expect(roasHint(null, 640.5)).toBe('known once campaign results are attributed, after the event');
    expect(roasHint(null, 0)).toBe('no ad spend');
    expect(roasHint(null, null)).toBe('no ad spend');
  });
});
