/**
 * Round axis ticks from 0 to at least `max`: a step of 1, 2, 2.5 or 5 × 10ⁿ giving at most
 * `count` intervals, so labels read "0, 25 %, 50 %…" or "0, 10,000, 20,000…" instead of
 * whatever the data's maximum happens to be. The last tick is the axis top. Nothing above 0 (no
 * sales in the range) gives the zero line alone, not a scale of 0 to 1 that no value reaches.
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const n = Math.ceil(max / step - 1e-9);
  // rounding keeps 0.1 + 0.2 style errors out of the labels
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
