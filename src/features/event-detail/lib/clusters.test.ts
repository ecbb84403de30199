// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clusterRows, predictedFit } from './clusters';

describe('clusters', () => {
  it('predicted fit = metric_pred / 5, clamped to 0–100 %', () => {
    expect(predictedFit(4.2)).toBeCloseTo(0.84);
    expect(predictedFit(6)).toBe(1);
    expect(predictedFit(-1)).toBe(0);
    expect(predictedFit(null)).toBeNull();
  });

  it('sorts by fit, unknown last, and labels missing labels from the key', () => {
    const rows = clusterRows([
      { tc: 'a_b', label: null, metric_pred: null, reach_estimate: 1, size_share: 0.1 },
      { tc: 'x', label: 'Second', metric_pred: 2, reach_estimate: null, size_share: null },
      { tc: 'y', label: ' First ', metric_pred: 4.5, reach_estimate: 184000, size_share: 0.21 },
    ]);
    expect(rows.map((r) => r.label)).toEqual(['First', 'Second', 'A b']);
    expect(rows[0]).toEqual({ tc: 'y', label: 'First', fit: 0.9, reach: 184000, sizeShare: 0.21 });
  });
});
