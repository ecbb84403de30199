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
export function ListedResults({ filters, fallbackCurrency }: { filters: EventListFilters; fallbackCurrency: string | null }) {
  const headingId = useId();
  const stats = useQuery({ ...eventQueries.statistics(filters), placeholderData: keepPreviousData });
  const stale = useShownStale(stats.isPlaceholderData);
  const placeholder = <KpiTilesSkeleton count={4} compact label="Loading the results of the listed events" />;
  const total = stats.data?.total;
  return (
    <section className="events-list__results" aria-labelledby={headingId}>
      <h2 id={headingId} className="events-list__results-title">
        Results of {total === null || total === undefined ? 'the listed events' : `the ${formatCount(total, 'listed event', 'listed events')}`}{' '}
        <span className="muted">(every page; ROAS covers the events with campaign results)</span>
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
