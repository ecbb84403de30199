import { benchmarkComparison, forecastComparison, type BenchmarkComparison, type BenchmarkDirection } from '@/lib/benchmark';
import type { Benchmark } from '../api/schemas';

export type BenchmarkTone = 'above' | 'below' | 'neutral';

export interface BenchmarkState {
  tone: BenchmarkTone;
  /** said in words, never by colour alone */
  word: string;
  icon: string;
  /** the share compared (prediction, or sold once over) − benchmark, in fractions of capacity */
  gap: number | null;
  direction: BenchmarkDirection | null;
}

const toneOf = (direction: BenchmarkDirection | null): BenchmarkTone => (direction === 'above' || direction === 'below' ? direction : 'neutral');

/**
 * The forecast's state for people, by the `forecastComparison` the lists use too: equal values
 * are on benchmark, else the server's `state`, else the gap; without values neutral.
 */
export function benchmarkState(b: Pick<Benchmark, 'prediction' | 'state'>): BenchmarkState {
  const c = forecastComparison(b);
  const gap = c?.gap ?? null;
  const direction = c?.direction ?? null;
  const tone = toneOf(direction);
  if (tone === 'above') return { tone, word: 'Above benchmark', icon: '▲', gap, direction };
  if (tone === 'below') return { tone, word: 'Below benchmark', icon: '▼', gap, direction };
  return { tone, word: c === null ? 'No prediction' : gap === null ? 'No benchmark' : 'On par with benchmark', icon: '●', gap, direction };
}

/** A past event's result against similar events, in words. */
function resultWords(c: BenchmarkComparison): BenchmarkState {
  const { gap, direction } = c;
  const tone = toneOf(direction);
  if (tone === 'above') return { tone, word: 'Sold above benchmark', icon: '▲', gap, direction };
  if (tone === 'below') return { tone, word: 'Sold below benchmark', icon: '▼', gap, direction };
  return { tone, word: 'Sold on par with benchmark', icon: '●', gap, direction };
}

/**
 * A past event's result: what it sold (`now`, final once it is over) vs the benchmark, chosen by
 * `benchmarkComparison`, the one rule the events lists follow. Null when the event is not over or
 * lacks either figure (the forecast's state stands then).
 */
export function resultState(b: Pick<Benchmark, 'now' | 'prediction' | 'state'>, over: boolean): BenchmarkState | null {
  const c = benchmarkComparison(b, over);
  return c?.basis === 'result' ? resultWords(c) : null;
}
