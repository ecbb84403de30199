// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { benchmarkState } from './benchmark-state';

describe('benchmarkState', () => {
  it('follows the server state, with the gap in points', () => {
    const s = benchmarkState({ prediction: { value: 0.78, benchmark: 0.65 }, state: 'above' });
    expect(s).toMatchObject({ tone: 'above', word: 'Above benchmark', icon: '▲' });
    expect(s.gap).toBeCloseTo(0.13);
    expect(benchmarkState({ prediction: { value: 0.5, benchmark: 0.65 }, state: 'below' })).toMatchObject({ tone: 'below', word: 'Below benchmark', icon: '▼' });
  });

  it('an unknown state falls back to comparing the values', () => {
    expect(benchmarkState({ prediction: { value: 0.5, benchmark: 0.65 }, state: 'sideways' }).tone).toBe('below');
    expect(benchmarkState({ prediction: { value: 0.652, benchmark: 0.65 }, state: null })).toMatchObject({ tone: 'neutral', word: 'On par with benchmark' });
  });

  it('without values it says so', () => {
    expect(benchmarkState({ prediction: null, state: null })).toEqual({ tone: 'neutral', word: 'No prediction', icon: '●', gap: null, direction: null });
    expect(benchmarkState({ prediction: { value: 0.5, benchmark: null }, state: 'above' })).toMatchObject({ tone: 'neutral', word: 'No benchmark' });
  });

  it('a tie is on benchmark whatever the server says', () => {
    expect(benchmarkState({ prediction: { value: 1, benchmark: 1 }, state: 'above' })).toMatchObject({ tone: 'neutral', word: 'On par with benchmark', direction: 'even' });
  });
});
