import { formatPercent } from './format';
import type { BenchmarkPrediction } from './schemas/event';

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
 * An event's benchmark figures: the one embedded in the event (§4.1; `now` when the answer carries
 * it, see docs/contract-decisions.md) or GET /events/{eid}/benchmark. All shares of capacity.
 */
export interface BenchmarkShares {
  /** The share sold to date. */
  now?: number | null;
  prediction: BenchmarkPrediction | null;
  state?: string | null;
}

/**
 * An event's benchmark in fractions: `now`, `prediction.value` and `prediction.benchmark` are one
 * set (§4.2, decided once per set). Null stays null; a missing `now` stays missing.
 */
export function normalizeEventBenchmark<B extends BenchmarkShares>(benchmark: B): B;
export function normalizeEventBenchmark<B extends BenchmarkShares>(benchmark: B | null): B | null;
export function normalizeEventBenchmark<B extends BenchmarkShares>(benchmark: B | null): B | null {
  if (benchmark === null) return null;
  const [now = null, value = null, bench = null] = normalizeShares([
    benchmark.now,
    benchmark.prediction?.value,
    benchmark.prediction?.benchmark,
  ]);
  return {
    ...benchmark,
    ...(benchmark.now === undefined ? {} : { now }),
    prediction: benchmark.prediction ? { value, benchmark: bench } : null,
  };
}

/** An event (or any row carrying `benchmark`) with its benchmark in fractions. */
export function withNormalizedBenchmark<T extends { benchmark: BenchmarkShares | null }>(row: T): T {
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
 * What an event's demand is judged on: the forecast (its predicted final share) until the event is
 * over, then the result (the share it sold).
 */
export type BenchmarkBasis = 'forecast' | 'result';

/** One share of capacity against the benchmark of similar events, in fractions. */
export interface BenchmarkComparison {
  basis: BenchmarkBasis;
  /** The predicted final share (forecast) or the share sold (result). */
  share: number;
  /** Similar events' share, null when unknown. */
  benchmark: number | null;
  /** share − benchmark, null without a benchmark. */
  gap: number | null;
  direction: BenchmarkDirection | null;
}

/** The forecast: prediction vs benchmark, the server's `state` counting (`benchmarkDirection`). Null without a prediction. */
export function forecastComparison(b: BenchmarkShares | null): BenchmarkComparison | null {
  const share = b?.prediction?.value ?? null;
  if (share === null) return null;
  const benchmark = b?.prediction?.benchmark ?? null;
  const gap = benchmark === null ? null : share - benchmark;
  return { basis: 'forecast', share, benchmark, gap, direction: benchmarkDirection(gap, b?.state) };
}

/**
 * The result: the share sold vs the benchmark. The server's `state` speaks of the prediction, so
 * the figures alone decide. Null without both.
 */
function resultComparison(b: BenchmarkShares | null): BenchmarkComparison | null {
  const share = b?.now ?? null;
  const benchmark = b?.prediction?.benchmark ?? null;
  if (share === null || benchmark === null) return null;
  const gap = share - benchmark;
  return { basis: 'result', share, benchmark, gap, direction: benchmarkDirection(gap, null) };
}

/**
 * The comparison a page shows for an event, the same on the event page and in the lists: once the
 * event is over (`isEventOver`), the result when its figures are there; otherwise the forecast.
 */
export function benchmarkComparison(b: BenchmarkShares | null, over: boolean): BenchmarkComparison | null {
  return (over ? resultComparison(b) : null) ?? forecastComparison(b);
}

/**
 * Decimals for showing prediction and benchmark side by side: "Above · 100 % vs 100 %" reads as
 * a contradiction, so when whole percents look equal but the direction is not even, one decimal.
 */
export function benchmarkDigits(prediction: number | null, benchmark: number | null, direction: BenchmarkDirection | null): 0 | 1 {
  if (direction === null || direction === 'even' || prediction === null || benchmark === null) return 0;
  return formatPercent(prediction) === formatPercent(benchmark) ? 1 : 0;
}
