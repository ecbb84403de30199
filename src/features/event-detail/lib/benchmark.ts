import { normalizeShares } from '@/lib/benchmark';
import type { Benchmark } from '../api/schemas';

/**
 * GET /events/{eid}/benchmark in fractions: `now`, `prediction.value` and
 * `prediction.benchmark` are one set (largest < 1.5 → fractions, else percents ÷ 100).
 */
export function normalizeBenchmark(benchmark: Benchmark): Benchmark {
  const [now = null, value = null, bench = null] = normalizeShares([
    benchmark.now,
    benchmark.prediction?.value,
    benchmark.prediction?.benchmark,
  ]);
  return {
    ...benchmark,
    now,
    prediction: benchmark.prediction ? { value, benchmark: bench } : null,
  };
}
