import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { formatCount } from '@/lib/format';
import { backhaulQueries } from '../api/queries';
import { isPackageBuilding } from '../api/schemas';
import { countByStatus, filterPackages, toggleStatus } from '../lib/package-status';
import { PackagesTable, PackagesTableSkeleton } from './packages-table';
import { StatusFilter } from './status-filter';

/**
 * The packages list with its status filter (state owned by the URL, passed in). While any
 * package is being built the list refreshes itself (see `backhaulQueries.list`).
 */
export function PackagesView({ statuses, onStatusesChange, timeZone, currency }: {
  statuses: readonly string[];
  onStatusesChange: (next: string[]) => void;
  timeZone: string;
  /** the partner's, for the results' revenue (null until known: plain numbers) */
  currency: string | null;
}) {
  const list = useQuery(backhaulQueries.list());
  const building = list.data?.filter((p) => isPackageBuilding(p.status)).length ?? 0;
  // how many the last refresh saw finish, said once: the rows alone change without a word
  const [seenBuilding, setSeenBuilding] = useState(building);
  const [finished, setFinished] = useState(0);
  if (seenBuilding !== building) {
    setFinished(building < seenBuilding ? seenBuilding - building : 0);
    setSeenBuilding(building);
  }
  const placeholder = <div className="card"><PackagesTableSkeleton /></div>;
  if (list.isPending) return placeholder;
  if (list.data === undefined) return <ErrorPanel title="Could not load the packages" error={list.error} onRetry={() => void list.refetch()} holds={placeholder} />;

  const all = list.data;
  const shown = filterPackages(all, statuses);

  return (
    <div className="card packages-card">
      <div className="packages-card__head">
        <StatusFilter
          selected={statuses}
          counts={countByStatus(all)}
          onToggle={(s) => onStatusesChange(toggleStatus(statuses, s))}
          onClear={() => onStatusesChange([])}
        />
        <p className="muted packages-card__live" role="status">
          {[
            finished > 0 && `${formatCount(finished, 'package', 'packages')} finished building.`,
            building > 0 && `${formatCount(building, 'package is', 'packages are')} being built — this list updates by itself.`,
          ].filter(Boolean).join(' ')}
        </p>
      </div>
      {all.length === 0 ? (
        <div className="empty-state">
          <p><strong>No packages yet.</strong></p>
          <p className="muted">Packages you build for an e-mail campaign appear here, with which audiences bought tickets afterwards.</p>
        </div>
      ) : shown.length === 0 ? (
        <div className="empty-state">
          <p><strong>No packages with this status.</strong></p>
          <button type="button" className="button" onClick={() => onStatusesChange([])}>Show all {all.length} packages</button>
        </div>
      ) : (
        <>
          <p className="muted packages-card__count" aria-live="polite">
            {shown.length === all.length ? `${all.length} packages, newest first` : `${shown.length} of ${all.length} packages`}
          </p>
          <PackagesTable packages={shown} timeZone={timeZone} currency={currency} />
        </>
      )}
    </div>
  );
}
