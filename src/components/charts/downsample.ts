/**
 * Largest-Triangle-Three-Buckets: keeps at most `max` points of a series while preserving its
 * visual shape (peaks and troughs survive, unlike taking every n-th point). First and last
 * points are always kept. Points whose value is null are treated as 0 for selection only.
 */
export function downsample<T>(points: readonly T[], max: number, value: (p: T) => number | null | undefined): T[] {
  if (max < 3 || points.length <= max) return points.slice();
  const y = (i: number) => value(points[i] as T) ?? 0;
  const out: T[] = [points[0] as T];
  const bucketSize = (points.length - 2) / (max - 2);
  let a = 0;
  for (let b = 0; b < max - 2; b++) {
    const start = Math.floor(b * bucketSize) + 1;
    const end = Math.min(Math.floor((b + 1) * bucketSize) + 1, points.length - 1);
    // average of the next bucket (the third triangle corner)
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((b + 2) * bucketSize) + 1, points.length);
    let avgX = 0;
    let avgY = 0;
    const n = Math.max(1, nextEnd - nextStart);
    for (let i = nextStart; i < nextEnd; i++) { avgX += i; avgY += y(i); }
    avgX /= n;
    avgY /= n;
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const area = Math.abs((a - avgX) * (y(i) - y(a)) - (a - i) * (avgY - y(a)));
      if (area > bestArea) { bestArea = area; best = i; }
    }
    out.push(points[best] as T);
    a = best;
  }
  out.push(points[points.length - 1] as T);
  return out;
}
