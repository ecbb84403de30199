import type { EventBenchmark } from '@/lib/schemas/event';

export type BenchmarkDirection = 'above' | 'below' | 'even';

export interface BenchmarkView {
  /** Predicted final share of capacity (fraction). */
  prediction: number;
  /** The benchmark share (fraction), null when unknown. */
  benchmark: number | null;
  /** prediction − benchmark (fraction points), null without a benchmark. */
  gap: number | null;
  direction: BenchmarkDirection | null;
}

/**
 * What the list shows for an event's demand benchmark. Input is already in fractions (the
 * fetchers normalise percents). Equal values are "even" whatever `state` says (the API knows only
 * above/below, and calls a tie "above"); otherwise the server's `state` wins when it is a known
 * word, else the direction is computed from the gap (within half a point counts as even).
 */
export function benchmarkView(benchmark: EventBenchmark | null): BenchmarkView | null {
  const prediction = benchmark?.prediction?.value;
  if (prediction === null || prediction === undefined) return null;
  const bench = benchmark?.prediction?.benchmark ?? null;
  const gap = bench === null ? null : prediction - bench;
  return { prediction, benchmark: bench, gap, direction: directionOf(gap, benchmark?.state) };
}

function directionOf(gap: number | null, state: string | null | undefined): BenchmarkDirection | null {
  if (gap !== null && Math.abs(gap) < 0.0005) return 'even'; // equal values, whatever the state says
  if (state === 'above' || state === 'below') return state;
  if (gap === null) return null;
  if (Math.abs(gap) < 0.005) return 'even';
  return gap > 0 ? 'above' : 'below';
}
