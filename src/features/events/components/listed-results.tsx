import { useId } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { KpiTilesSkeleton } from '@/components/ui/kpi-tile';
import { staleClass } from '@/components/ui/stale';
import { useShownStale } from '@/components/ui/use-shown-stale';
import { formatCount } from '@/lib/format';
import { eventQueries } from '../api/queries';
import type { EventListFilters } from '../api/list-query';
import { ResultTiles } from './result-tiles';

/**
 * What the listed events (every page of them) sold and what their campaigns cost and brought:
 * the list's own filters sent to /events/statistics. With "Past 7 days" it answers whether last
 * week's campaigns worked, without opening each event.
 */
export function ListedResults({ filters, fallbackCurrency, listCurrent }: {
  filters: EventListFilters;
  fallbackCurrency: string | null;
  /** The list below shows the current filter's events (not the previous ones while it loads). */
  listCurrent: boolean;
}) {
  const headingId = useId();
  const stats = useQuery({ ...eventQueries.statistics(filters), placeholderData: keepPreviousData });
  // the figures are never older than the list under them: once the list shows the new filter's
  // events, the previous filter's figures are marked at once ("3,209 listed events" stood above a
  // list of 530 for 70 ms); before that, only once the answer takes a while, as the list does
  const stale = useShownStale(stats.isPlaceholderData) || (stats.isPlaceholderData && listCurrent);
  const placeholder = <KpiTilesSkeleton count={4} compact label="Loading the results of the listed events" />;
  // the previous filter's count is not named while its figures stand in
  const total = stale ? undefined : stats.data?.total;
  return (
    <section className="events-list__results" aria-labelledby={headingId}>
      <h2 id={headingId} className="events-list__results-title">
        Results of {total === null || total === undefined ? 'the listed events' : `the ${formatCount(total, 'listed event', 'listed events')}`}{' '}
        <span className="muted">(every page; ROAS covers the events with campaign results){stale && ' · updating…'}</span>
      </h2>
      {stats.isPending ? (
        placeholder
      ) : stats.data === undefined ? (
        <ErrorPanel title="Could not load the results of these events" error={stats.error} onRetry={() => void stats.refetch()} holds={placeholder} />
      ) : (
        <div className={staleClass(stale, 'kpi-grid kpi-grid--compact')} aria-busy={stale || undefined}>
          <ResultTiles stats={stats.data} currency={stats.data.currency ?? fallbackCurrency} />
        </div>
      )}
    </section>
  );
}
