// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { niceTicks } from './nice-ticks';

describe('niceTicks', () => {
  it('shares of capacity: quarters up to 100 %, further when oversold', () => {
    expect(niceTicks(1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(1.2)).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25]);
    expect(niceTicks(1.2, 4)).toEqual([0, 0.5, 1, 1.5]);
  });

  it('counts: round steps that cover the maximum', () => {
    expect(niceTicks(49_900)).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('nothing to show gives the zero line alone: a 0–1 scale (CHF 0 to CHF 1) would be made up', () => {
    expect(niceTicks(0)).toEqual([0]);
    expect(niceTicks(Number.NaN)).toEqual([0]);
  });
});
