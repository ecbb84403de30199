// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { downsample } from './downsample';

const series = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => ({ i, v: f(i) }));

describe('downsample (LTTB)', () => {
  it('returns short series unchanged', () => {
    const s = series(10, (i) => i);
    expect(downsample(s, 500, (p) => p.v)).toEqual(s);
  });

  it('caps long series at max points, keeping first, last and order', () => {
    const s = series(5000, (i) => Math.sin(i / 50));
    const d = downsample(s, 500, (p) => p.v);
    expect(d).toHaveLength(500);
    expect(d[0]).toBe(s[0]);
    expect(d.at(-1)).toBe(s.at(-1));
    expect(d.every((p, k) => k === 0 || p.i > (d[k - 1]?.i ?? -1))).toBe(true);
  });

  it('keeps a single spike that every-n-th sampling would drop', () => {
    const s = series(2000, (i) => (i === 1234 ? 100 : 1));
    const d = downsample(s, 100, (p) => p.v);
    expect(d.some((p) => p.v === 100)).toBe(true);
  });

  it('tolerates null values', () => {
    const s = Array.from({ length: 1000 }, (_, i) => ({ i, v: i > 600 ? null : i }));
    expect(downsample(s, 50, (p) => p.v)).toHaveLength(50);
  });
});
