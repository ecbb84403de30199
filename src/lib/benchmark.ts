import { formatPercent } from './format';
import type { EventBenchmark } from './schemas/event';

/**
 * Shares of capacity may arrive as fractions (0.78) or as percents (78) [kit]. The rule (§4.2):
 * if the largest non-null value is < 1.5 the set is fractions, otherwise percents (÷ 100).
 * The decision is made once per set, so values that belong together stay comparable.
 * Nulls (and non-finite numbers, as null) pass through; an all-null set is returned as is.
 */
export function normalizeShares(values: readonly (number | null | undefined)[]): (number | null)[] {
  const clean = values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));
  const present = clean.filter((v): v is number => v !== null);
  if (present.length === 0) return clean;
  if (Math.max(...present) < 1.5) return clean;
  return clean.map((v) => (v === null ? null : v / 100));
}

/**
 * An event's embedded benchmark (list rows, §4.1) in fractions: `prediction.value` and
 * `prediction.benchmark` are one set. Null stays null.
 */
export function normalizeEventBenchmark(benchmark: EventBenchmark): EventBenchmark;
export function normalizeEventBenchmark(benchmark: EventBenchmark | null): EventBenchmark | null;
export function normalizeEventBenchmark(benchmark: EventBenchmark | null): EventBenchmark | null {
  if (benchmark?.prediction == null) return benchmark;
  const [value = null, bench = null] = normalizeShares([
    benchmark.prediction.value,
    benchmark.prediction.benchmark,
  ]);
  return { ...benchmark, prediction: { value, benchmark: bench } };
}

/** An event (or any row carrying `benchmark`) with its benchmark in fractions. */
export function withNormalizedBenchmark<T extends { benchmark: EventBenchmark | null }>(row: T): T {
  return { ...row, benchmark: normalizeEventBenchmark(row.benchmark) };
}

export type BenchmarkDirection = 'above' | 'below' | 'even';

/**
 * Prediction vs benchmark as one word, the same on every page. `gap` = prediction − benchmark in
 * fractions. Equal values are "even" whatever `state` says (the API knows only above/below and
 * calls a tie "above"); otherwise the server's `state` wins when it is a known word, else the gap
 * decides (within half a point counts as even). Null without a prediction and a benchmark: a
 * `state` alone compares nothing the page can show.
 */
export function benchmarkDirection(gap: number | null, state: string | null | undefined): BenchmarkDirection | null {
  if (gap === null) return null;
  if (Math.abs(gap) < 0.0005) return 'even';
  if (state === 'above' || state === 'below') return state;
  if (Math.abs(gap) < 0.005) return 'even';
  return gap > 0 ? 'above' : 'below';
}

/**
 * Decimals for showing prediction and benchmark side by side: "Above · 100 % vs 100 %" reads as
 * a contradiction, so when whole percents look equal but the direction is not even, one decimal.
 */
export function benchmarkDigits(prediction: number | null, benchmark: number | null, direction: BenchmarkDirection | null): 0 | 1 {
  if (direction === null || direction === 'even' || prediction === null || benchmark === null) return 0;
  return formatPercent(prediction) === formatPercent(benchmark) ? 1 : 0;
}
