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
