import { describe, expect, it } from 'vitest';
import { benchmarkComparison, benchmarkDigits, benchmarkDirection, normalizeEventBenchmark, normalizeShares, withNormalizedBenchmark } from './benchmark';

describe('normalizeShares', () => {
  it('keeps fractions when the largest value is below 1.5', () => {
    expect(normalizeShares([0.41, 0.78, 0.65])).toEqual([0.41, 0.78, 0.65]);
  });

  it('divides percents by 100', () => {
    expect(normalizeShares([41, 78, 65])).toEqual([0.41, 0.78, 0.65]);
  });

  it('decides once for the whole set (a small percent next to a large one)', () => {
    expect(normalizeShares([1, 78])).toEqual([0.01, 0.78]);
  });

  it('treats fractions above 1 but below 1.5 (oversold) as fractions', () => {
    expect(normalizeShares([1.2, 0.9])).toEqual([1.2, 0.9]);
    expect(normalizeShares([1.4999])).toEqual([1.4999]);
  });

  it('treats exactly 1.5 as percent', () => {
    expect(normalizeShares([1.5, 0.5])).toEqual([0.015, 0.005]);
  });

  it('passes nulls through and ignores them for the decision', () => {
    expect(normalizeShares([null, 80, undefined])).toEqual([null, 0.8, null]);
    expect(normalizeShares([null, 0.8])).toEqual([null, 0.8]);
  });

  it('handles empty, all-null, zeros and non-finite values', () => {
    expect(normalizeShares([])).toEqual([]);
    expect(normalizeShares([null, null])).toEqual([null, null]);
    expect(normalizeShares([0, 0])).toEqual([0, 0]);
    expect(normalizeShares([Number.NaN, 50, Infinity])).toEqual([null, 0.5, null]);
  });
});

describe('normalizeEventBenchmark', () => {
  it('normalises prediction value and benchmark together', () => {
    expect(normalizeEventBenchmark({ prediction: { value: 78, benchmark: 65 }, state: 'above' })).toEqual({
      prediction: { value: 0.78, benchmark: 0.65 },
      state: 'above',
    });
  });

  it('leaves fractions, a null benchmark and a null prediction alone', () => {
    const b = { prediction: { value: 0.78, benchmark: 0.65 }, state: 'above' };
    expect(normalizeEventBenchmark(b)).toEqual(b);
    expect(normalizeEventBenchmark(null)).toBeNull();
    expect(normalizeEventBenchmark({ prediction: null, state: null })).toEqual({ prediction: null, state: null });
  });

  it('takes `now` into the set (GET /events/{eid}/benchmark, or an event that carries it)', () => {
    const b = { now: 0.41, prediction: { value: 0.78, benchmark: 0.65 }, state: 'above' };
    expect(normalizeEventBenchmark(b)).toEqual(b);
    expect(normalizeEventBenchmark({ now: 1, prediction: { value: 78, benchmark: 65 }, state: 'below' })).toEqual({
      now: 0.01, prediction: { value: 0.78, benchmark: 0.65 }, state: 'below',
    });
    // `now` alone decides when there is no prediction
    expect(normalizeEventBenchmark({ now: 41, prediction: null, state: null })).toEqual({ now: 0.41, prediction: null, state: null });
    const empty = { now: null, prediction: { value: null, benchmark: null }, state: 'unknown' };
    expect(normalizeEventBenchmark(empty)).toEqual(empty);
  });

  it('works on a row', () => {
    const row = { id: 'e1', benchmark: { prediction: { value: 50, benchmark: null }, state: 'below' } };
    expect(withNormalizedBenchmark(row).benchmark?.prediction).toEqual({ value: 0.5, benchmark: null });
    expect(row.benchmark.prediction.value).toBe(50);
  });
});

describe('benchmarkDirection', () => {
  it('calls a tie even whatever the server says', () => {
    expect(benchmarkDirection(0, 'above')).toBe('even');
  });
  it('follows a known server state otherwise', () => {
    expect(benchmarkDirection(0.003, 'above')).toBe('above');
    expect(benchmarkDirection(0.2, 'below')).toBe('below');
  });
  it('compares the values without a known state, half a point counting as even', () => {
    expect(benchmarkDirection(0.004, null)).toBe('even');
    expect(benchmarkDirection(-0.1, 'sideways')).toBe('below');
  });
  it('has no direction without both values', () => {
    expect(benchmarkDirection(null, 'above')).toBeNull();
  });
});

describe('benchmarkComparison (the one rule of the lists and the event page)', () => {
  const b = { now: 0.57, prediction: { value: 0.52, benchmark: 0.53 }, state: 'below' };
  it('judges an event by its forecast until it is over, the server state counting', () => {
    expect(benchmarkComparison(b, false)).toEqual({ basis: 'forecast', share: 0.52, benchmark: 0.53, gap: expect.closeTo(-0.01) as number, direction: 'below' });
  });
  it('then by what it sold, the figures alone deciding', () => {
    expect(benchmarkComparison(b, true)).toEqual({ basis: 'result', share: 0.57, benchmark: 0.53, gap: expect.closeTo(0.04) as number, direction: 'above' });
    expect(benchmarkComparison({ ...b, now: 0.534 }, true)?.direction).toBe('even');
  });
  it('keeps the forecast for a past event without the share sold or a benchmark; null without either', () => {
    expect(benchmarkComparison({ ...b, now: undefined }, true)?.basis).toBe('forecast');
    expect(benchmarkComparison({ ...b, prediction: { value: 0.52, benchmark: null } }, true)).toMatchObject({ basis: 'forecast', gap: null, direction: null });
    expect(benchmarkComparison({ now: 0.5, prediction: null, state: null }, true)).toBeNull();
    expect(benchmarkComparison(null, false)).toBeNull();
  });
});

describe('benchmarkDigits', () => {
  it('adds a decimal only when whole percents would look equal for an uneven pair', () => {
    expect(benchmarkDigits(0.473, 0.47, 'above')).toBe(1);
    expect(benchmarkDigits(0.5, 0.502, 'even')).toBe(0);
    expect(benchmarkDigits(0.72, 0.45, 'above')).toBe(0);
  });
});
