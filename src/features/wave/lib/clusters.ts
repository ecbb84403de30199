import { humanize } from '@/lib/humanize';

/**
 * What the wave views need of an event's taste clusters (GET /events/{eid}/clusters). The route
 * passes them in; this feature does not read another feature's queries.
 */
export interface ClusterInfo {
  tc: string;
  label: string | null;
  /** 0–5 */
  metric_pred: number | null;
  reach_estimate: number | null;
}


export function clusterIndex(clusters: readonly ClusterInfo[] | undefined): Map<string, ClusterInfo> {
  return new Map((clusters ?? []).map((c) => [c.tc, c]));
}

export function clusterLabel(tc: string, index: ReadonlyMap<string, ClusterInfo>): string {
  return index.get(tc)?.label || humanize(tc, { keepCase: true });
}

/** metric_pred (0–5) as a share (0–1) for formatPercent; null when unknown. */
export function fitShare(metricPred: number | null | undefined): number | null {
  if (typeof metricPred !== 'number' || !Number.isFinite(metricPred)) return null;
  return Math.min(1, Math.max(0, metricPred / 5));
}

export interface SuggestionRow {
  tc: string;
  label: string;
  /** false when /clusters does not know this tc (label is derived from the key) */
  known: boolean;
  reach: number | null;
  fit: number | null;
}

/** suggested_tcs (best first) joined with the clusters' labels, reach and fit; order kept. */
export function suggestionRows(suggested: readonly { tc: string }[], clusters: readonly ClusterInfo[] | undefined): SuggestionRow[] {
  const index = clusterIndex(clusters);
  const seen = new Set<string>();
  const rows: SuggestionRow[] = [];
  for (const { tc } of suggested) {
    if (seen.has(tc)) continue;
    seen.add(tc);
    const cluster = index.get(tc);
    rows.push({
      tc,
      label: clusterLabel(tc, index),
      known: Boolean(cluster),
      reach: cluster?.reach_estimate ?? null,
      fit: fitShare(cluster?.metric_pred),
    });
  }
  return rows;
}
