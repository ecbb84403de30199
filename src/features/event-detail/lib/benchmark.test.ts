import { describe, expect, it } from 'vitest';
import { normalizeBenchmark } from './benchmark';

describe('normalizeBenchmark', () => {
  it('keeps fractions', () => {
    const b = { now: 0.41, prediction: { value: 0.78, benchmark: 0.65 }, state: 'above' };
    expect(normalizeBenchmark(b)).toEqual(b);
  });

  it('converts percents, deciding on now + prediction together', () => {
    expect(normalizeBenchmark({ now: 1, prediction: { value: 78, benchmark: 65 }, state: 'below' })).toEqual({
      now: 0.01,
      prediction: { value: 0.78, benchmark: 0.65 },
      state: 'below',
    });
  });

  it('uses `now` alone when there is no prediction', () => {
    expect(normalizeBenchmark({ now: 41, prediction: null, state: null })).toEqual({ now: 0.41, prediction: null, state: null });
  });

  it('keeps an all-null benchmark as is', () => {
    const b = { now: null, prediction: { value: null, benchmark: null }, state: 'unknown' };
    expect(normalizeBenchmark(b)).toEqual(b);
  });
});
