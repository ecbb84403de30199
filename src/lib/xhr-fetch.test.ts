// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { progressPercent } from './xhr-fetch';

describe('progressPercent', () => {
  it('is determinate only when the total is known', () => {
    expect(progressPercent({ loaded: 50, total: 200 })).toBe(25);
    expect(progressPercent({ loaded: 50, total: null })).toBeNull();
    expect(progressPercent({ loaded: 0, total: 0 })).toBeNull();
    expect(progressPercent({ loaded: 10, total: Number.NaN })).toBeNull();
    expect(progressPercent(null)).toBeNull();
  });
  it('clamps to 0–100', () => {
    expect(progressPercent({ loaded: 300, total: 200 })).toBe(100);
    expect(progressPercent({ loaded: -1, total: 200 })).toBe(0);
  });
});
