import { dayInZone, type Day } from '@/lib/dates';
import type { BackhaulSettings } from '../api/schemas';
import type { ClusterTableRow } from './cluster-table';
import { windowLastDay, windowNote, type WindowNote } from './model-sentence';

/**
 * What the clusters' downloads (CSV and Excel) hold: the table's rows, and on every row what
 * produced them and whether they are final, so a file read later — or forwarded — says so, as the
 * screen does ("the attribution window is still open … these numbers can still grow").
 */
export interface ClustersExport {
  rows: readonly ClusterTableRow[];
  currency: string | null;
  /** the settings the numbers were computed with */
  producedBy: BackhaulSettings | null;
  /** when they were computed (ISO instant); null when unknown */
  evaluatedAt: string | null;
  /** the partner's zone: the evaluation's wall-clock time */
  timeZone: string;
  /** final: the window had closed when they were computed; null when the window is unknown */
  final: { value: boolean; note: WindowNote | null } | null;
}

/** Whether the numbers are final on `today` (the partner's day), with the screen's reason when not. */
export function finalState(producedBy: BackhaulSettings | null, evaluatedAt: string | null, today: Day, timeZone: string): ClustersExport['final'] {
  if (!producedBy || windowLastDay(producedBy) === null) return null;
  const note = windowNote(producedBy, today, evaluatedAt ? dayInZone(new Date(evaluatedAt), timeZone) : null);
  return { value: note === null, note };
}
