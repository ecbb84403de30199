// Small statistics helpers for the bench.
export function quantile(values, q) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}
export const median = (values) => quantile(values, 0.5);
export const p95 = (values) => quantile(values, 0.95);
export const round = (v, digits = 1) => (v == null || !Number.isFinite(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits);
export const kB = (bytes) => round(bytes / 1024, 1);
