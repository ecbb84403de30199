import type { Benchmark } from '../api/schemas';

export type BenchmarkTone = 'above' | 'below' | 'neutral';

export interface BenchmarkState {
  tone: BenchmarkTone;
  /** said in words, never by colour alone */
  word: string;
  icon: string;
  /** prediction − benchmark in fractions of capacity */
  gap: number | null;
}

/**
 * The benchmark's state for people: the server's `state` decides (above/below); an unknown or
 * missing state falls back to comparing prediction with benchmark; without both it is neutral.
 */
export function benchmarkState(b: Pick<Benchmark, 'prediction' | 'state'>): BenchmarkState {
  const value = b.prediction?.value ?? null;
  const bench = b.prediction?.benchmark ?? null;
  const gap = value !== null && bench !== null ? value - bench : null;
  const known = b.state === 'above' ? 'above' : b.state === 'below' ? 'below' : null;
  const tone: BenchmarkTone = known ?? (gap === null || Math.abs(gap) < 0.005 ? 'neutral' : gap > 0 ? 'above' : 'below');
  if (tone === 'above') return { tone, word: 'Above benchmark', icon: '▲', gap };
  if (tone === 'below') return { tone, word: 'Below benchmark', icon: '▼', gap };
  return { tone, word: gap === null ? 'No benchmark yet' : 'On benchmark', icon: '●', gap };
}
