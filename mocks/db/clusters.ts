/**
 * Taste clusters of an event, the Wave wizard's suggestions and defaults. Deterministic per event.
 * Goals (the app's set) [ours]: UTILIZATION (fill seats: best metric first), ROAS (metric × size
 * first), VISIBILITY (largest reach first), LINK_CLICKS (largest share of the audience first).
 * More budget → more clusters (one more per 1,500 of budget).
 */
import { createRng } from '../lib/rng';
import { clusterLabel } from './cluster-catalog';
import { clamp, isoDay, partnerDayNumber } from './dates';
import { findRecord } from './events';
import { mockOptions } from './store';

export const GOALS = ['UTILIZATION', 'ROAS', 'VISIBILITY', 'LINK_CLICKS'] as const;
export type Goal = (typeof GOALS)[number];

export interface Cluster { tc: string; label: string; metric_pred: number; reach_estimate: number; size_share: number }

export function clustersOf(partnerId: string, eid: string): { tc_run_id: number; clusters: Cluster[] } | undefined {
  const rec = findRecord(partnerId, eid);
  if (!rec) return undefined;
  const { meta } = rec;
  const rng = createRng(meta.seed ^ 0xc1a5);
  const raw = meta.clusterKeys.map((tc) => ({ tc, metric: rng.float(1.2, 4.9), reach: rng.float(3, 25), size: rng.float(0.3, 1) }));
  const sizeSum = raw.reduce((s, c) => s + c.size, 0);
  const clusters = raw
    .map((c) => ({
      tc: c.tc,
      label: clusterLabel(meta.category, c.tc),
      metric_pred: Math.round(c.metric * 10) / 10,
      reach_estimate: Math.max(1000, Math.round((meta.capacity0 * c.reach) / 1000) * 1000),
      size_share: Math.round(((c.size / sizeSum) * 0.9) * 100) / 100,
    }))
    .sort((a, b) => b.metric_pred - a.metric_pred || (a.tc < b.tc ? -1 : 1));
  return { tc_run_id: meta.tcRunId, clusters };
}

const ORDER: Record<Goal, (a: Cluster, b: Cluster) => number> = {
  UTILIZATION: (a, b) => b.metric_pred - a.metric_pred,
  ROAS: (a, b) => b.metric_pred * b.size_share - a.metric_pred * a.size_share,
  VISIBILITY: (a, b) => b.reach_estimate - a.reach_estimate,
  LINK_CLICKS: (a, b) => b.size_share - a.size_share,
};

export function suggestedTcs(partnerId: string, eid: string, budget: number, goal: Goal): { tc: string; tc_run_id: string }[] | undefined {
  const result = clustersOf(partnerId, eid);
  if (!result) return undefined;
  const n = clamp(1 + Math.floor(budget / 1500), 1, result.clusters.length);
  return [...result.clusters]
    .sort((a, b) => ORDER[goal](a, b) || (a.tc < b.tc ? -1 : 1))
    .slice(0, n)
    .map((c) => ({ tc: c.tc, tc_run_id: String(result.tc_run_id) }));
}

export const defaultBudget = (capacity: number) => Math.round(clamp(capacity * 0.25, 500, 20_000) / 100) * 100;

export function defaultCampaignParameters(partnerId: string, eid: string) {
  const rec = findRecord(partnerId, eid);
  if (!rec) return undefined;
  const today = partnerDayNumber(mockOptions().now.getTime());
  const budget = defaultBudget(rec.row.capacity ?? rec.meta.capacity0);
  const end = partnerDayNumber(rec.meta.startMs);
  return {
    goal: 'UTILIZATION' as Goal,
    total_budget: budget,
    start_date: isoDay(Math.min(end, Math.max(today, rec.meta.onSaleDay))),
    end_date: isoDay(end),
    clusters: (suggestedTcs(partnerId, eid, budget, 'UTILIZATION') ?? []).map((s) => s.tc),
  };
}
