import { benchmarkDirection, type BenchmarkDirection } from '@/lib/benchmark';
import type { Benchmark } from '../api/schemas';

export type BenchmarkTone = 'above' | 'below' | 'neutral';

export interface BenchmarkState {
  tone: BenchmarkTone;
  /** said in words, never by colour alone */
  word: string;
  icon: string;
  /** prediction − benchmark in fractions of capacity */
  gap: number | null;
  direction: BenchmarkDirection | null;
}

/**
 * The benchmark's state for people, by the one `benchmarkDirection` the events list uses too:
 * equal values are on benchmark, else the server's `state`, else the gap; without values neutral.
 */
export function benchmarkState(b: Pick<Benchmark, 'prediction' | 'state'>): BenchmarkState {
  const value = b.prediction?.value ?? null;
  const bench = b.prediction?.benchmark ?? null;
  const gap = value !== null && bench !== null ? value - bench : null;
  const direction = benchmarkDirection(gap, b.state);
  const tone: BenchmarkTone = direction === 'above' || direction === 'below' ? direction : 'neutral';
  if (tone === 'above') return { tone, word: 'Above benchmark', icon: '▲', gap, direction };
  if (tone === 'below') return { tone, word: 'Below benchmark', icon: '▼', gap, direction };
  return { tone, word: value === null ? 'No prediction' : gap === null ? 'No benchmark' : 'On par with benchmark', icon: '●', gap, direction };
}

/**
 * A past event's result against similar events: what it sold (`now`, final once it is over) vs
 * the benchmark, by the same rule. Null without either figure (the forecast's state stands then).
 */
export function resultState(b: Pick<Benchmark, 'now' | 'prediction'>): BenchmarkState | null {
  const sold = b.now ?? null;
  const bench = b.prediction?.benchmark ?? null;
  if (sold === null || bench === null) return null;
  const gap = sold - bench;
  const direction = benchmarkDirection(gap, null);
  const tone: BenchmarkTone = direction === 'above' || direction === 'below' ? direction : 'neutral';
  if (tone === 'above') return { tone, word: 'Sold above benchmark', icon: '▲', gap, direction };
  if (tone === 'below') return { tone, word: 'Sold below benchmark', icon: '▼', gap, direction };
  return { tone, word: 'Sold on par with benchmark', icon: '●', gap, direction };
}
