import { defineSearch, field } from '@/lib/search-params';
import { isKnown, type OpenEnum } from '@/lib/schemas/tolerant';
import { PACKAGE_STATUSES, type Package } from '../api/schemas';

type PackageStatus = (typeof PACKAGE_STATUSES)[number];
export type StatusTone = 'progress' | 'done' | 'failed' | 'muted';

/** Text (never colour alone), an icon and a tone per status. */
export const STATUS_INFO: Readonly<Record<PackageStatus, { label: string; icon: string; tone: StatusTone; hint: string }>> = {
  INITIALIZING: { label: 'Starting', icon: '◌', tone: 'progress', hint: 'The package is being set up.' },
  INPROGRESS: { label: 'Building', icon: '◐', tone: 'progress', hint: 'Audiences are being matched; results follow.' },
  // about the package only: whether its backhaul evaluation worked is said beside the results
  DONE: { label: 'Done', icon: '✓', tone: 'done', hint: 'The package is built.' },
  FAILED: { label: 'Failed', icon: '✕', tone: 'failed', hint: 'The package could not be built.' },
  EXPIRED: { label: 'Expired', icon: '⊘', tone: 'muted', hint: 'Past its validity; its results can still be read and re-evaluated.' },
};

export function statusInfo(status: OpenEnum<PackageStatus> | null) {
  if (isKnown(PACKAGE_STATUSES, status)) return STATUS_INFO[status];
  return { label: status ? status.charAt(0) + status.slice(1).toLowerCase() : 'Unknown', icon: '?', tone: 'muted' as const, hint: 'Status not known to this dashboard.' };
}

/** The list page's URL state: ?status=DONE&status=FAILED (none = all). */
export const packagesSearch = defineSearch({ status: field.list(PACKAGE_STATUSES) });

export function filterPackages(packages: readonly Package[], statuses: readonly string[]): Package[] {
  return statuses.length === 0 ? [...packages] : packages.filter((p) => p.status !== null && statuses.includes(p.status));
}

export function countByStatus(packages: readonly Package[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of packages) if (p.status) counts[p.status] = (counts[p.status] ?? 0) + 1;
  return counts;
}

/** Toggles one status in the filter, keeping the canonical order. */
export function toggleStatus(current: readonly string[], status: string): string[] {
  const next = current.includes(status) ? current.filter((s) => s !== status) : [...current, status];
  return PACKAGE_STATUSES.filter((s) => next.includes(s));
}
