import { benchmarkDirection, type BenchmarkDirection } from '@/lib/benchmark';
import type { EventBenchmark } from '@/lib/schemas/event';

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
 * fetchers normalise percents); the direction is `benchmarkDirection`'s, as on the event page.
 */
export function benchmarkView(benchmark: EventBenchmark | null): BenchmarkView | null {
  const prediction = benchmark?.prediction?.value;
  if (prediction === null || prediction === undefined) return null;
  const bench = benchmark?.prediction?.benchmark ?? null;
  const gap = bench === null ? null : prediction - bench;
  return { prediction, benchmark: bench, gap, direction: benchmarkDirection(gap, benchmark?.state) };
}
