import type { BackhaulClusterResult, BackhaulEvaluation, BackhaulSettings, Package } from '../api/schemas';
import { isPackageBuilding } from '../api/schemas';
import type { Snapshot } from './use-package-backhaul';

export type ResultsState =
  | { kind: 'package-failed' }
  | { kind: 'building' }
  /** first evaluation running, nothing to show yet */
  | { kind: 'evaluating' }
  | { kind: 'failed'; evaluatedAt: string | null }
  | {
    kind: 'results';
    clusters: Readonly<Record<string, BackhaulClusterResult>>;
    /** true while a re-evaluation runs and these are the previous numbers */
    stale: boolean;
    evaluatedAt: string | null;
    /** the settings that produced these numbers (unknown after a reload mid-evaluation) */
    producedBy: BackhaulSettings | null;
  };

/**
 * What the package page shows, from the package status, the evaluation and the numbers kept from
 * before a save. While PENDING, previous numbers stay visible (marked stale): the server's own
 * kept clusters, or the client's snapshot when the server sent none. Between a save and the next
 * read of the evaluation (`evaluationReadAt` before `previous.savedAt`) the evaluation on screen
 * is the old one: it counts as pending too, so the new settings are never said over old numbers.
 */
export function resultsState(
  status: Package['status'],
  evaluation: BackhaulEvaluation,
  settings: BackhaulSettings | undefined,
  previous: Snapshot | null,
  evaluationReadAt = Number.POSITIVE_INFINITY,
): ResultsState {
  if (status === 'FAILED') return { kind: 'package-failed' };
  if (isPackageBuilding(status)) return { kind: 'building' };
  const unread = previous !== null && evaluationReadAt < previous.savedAt;
  if (evaluation.status === 'FAILED' && !unread) return { kind: 'failed', evaluatedAt: evaluation.evaluated_at };
  if (evaluation.status === 'PENDING' || unread) {
    // Re-running a failed evaluation: there are no earlier numbers worth showing.
    if (previous?.evaluation.status === 'FAILED') return { kind: 'evaluating' };
    const own = Object.keys(evaluation.clusters).length > 0 || evaluation.evaluated_at !== null;
    const kept = own ? { evaluation, settings: previous?.settings } : previous;
    if (!kept) return { kind: 'evaluating' };
    return {
      kind: 'results',
      clusters: kept.evaluation.clusters,
      stale: true,
      evaluatedAt: kept.evaluation.evaluated_at,
      producedBy: previous?.settings ?? null,
    };
  }
  return { kind: 'results', clusters: evaluation.clusters, stale: false, evaluatedAt: evaluation.evaluated_at, producedBy: settings ?? null };
}
