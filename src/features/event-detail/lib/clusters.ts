import { humanize } from '@/lib/humanize';
import type { Cluster } from '../api/schemas';

/** `metric_pred` is on a 0–5 scale. */
export const METRIC_SCALE = 5;

export interface ClusterRow {
  tc: string;
  label: string;
  /** predicted fit 0–1 (metric_pred ÷ 5, clamped) */
  fit: number | null;
  reach: number | null;
  sizeShare: number | null;
}


export const predictedFit = (metricPred: number | null): number | null =>
  metricPred === null ? null : Math.min(1, Math.max(0, metricPred / METRIC_SCALE));

/** Best fit first; unknown fit last. */
export function clusterRows(clusters: readonly Cluster[]): ClusterRow[] {
  return clusters
    .map((c) => ({
      tc: c.tc,
      label: c.label?.trim() || humanize(c.tc, { keepCase: true }),
      fit: predictedFit(c.metric_pred),
      reach: c.reach_estimate,
      sizeShare: c.size_share,
    }))
    .sort((a, b) => (b.fit ?? -1) - (a.fit ?? -1));
}
