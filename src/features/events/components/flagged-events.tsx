import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/ui/error-panel';
import { env } from '@/config/env';
import { formatNumber, pluralize } from '@/lib/format';
import { whenAndWhere } from '@/lib/when-and-where';
import { FLAGGED_SHOWN, overviewQueries } from '../lib/overview-queries';

const ALL_FLAGGED = 'All flagged events';

/** Lines of the final size while the next flagged events load. */
function SkeletonLines() {
  return Array.from({ length: FLAGGED_SHOWN }, (_, i) => (
    <li key={i} aria-hidden="true"><span className="skeleton flagged-panel__skeleton-line" /></li>
  ));
}

/** The card as it will look (head, list, link) while the count loads. */
function FlaggedSkeleton() {
  return (
    <section className="card flagged-panel" role="status" aria-label="Loading the flagged events">
      <div className="flagged-panel__head" aria-hidden="true">
        <span className="skeleton flagged-panel__skeleton-head" />
        <span className="skeleton flagged-panel__skeleton-count" />
      </div>
      <p className="flagged-panel__scope" aria-hidden="true" />
      <ul className="stack flagged-panel__list" aria-busy="true"><SkeletonLines /></ul>
      <span className="skeleton flagged-panel__skeleton-line" aria-hidden="true" />
    </section>
  );
}

/**
 * Flagged events: the count of `/events/flagged/` and the next few from today on. Shown only
 * when there is at least one; the overview places it last, so appearing (or not) moves nothing.
 */
export function FlaggedEvents() {
  const queries = overviewQueries(env.partnerTimeZone);
  const count = useQuery(queries.flaggedCount);
  const upcoming = useQuery(queries.flaggedUpcoming);
  if (count.isPending) return <FlaggedSkeleton />;
  if (count.data === undefined) {
    // one Try again for the card: the next events failed with the count (same fault) and come back with it
    const retry = () => {
      void count.refetch();
      if (upcoming.isError) void upcoming.refetch();
    };
    return <ErrorPanel title="Could not load the flagged events" error={count.error} onRetry={retry} />;
  }
  const total = count.data.total;
  if (total === 0) return null;
  const next = upcoming.data?.items ?? [];
  return (
    <section className="card flagged-panel" aria-labelledby="flagged-heading">
      <div className="flagged-panel__head">
        <h2 id="flagged-heading"><span aria-hidden="true">⚑</span> Flagged</h2>
        <span className="flagged-panel__count">{formatNumber(total)} <span className="muted">{pluralize(total, 'event', 'events')}</span></span>
      </div>
      {/* the count is every flagged event, past ones too; the list is the ones to come (its line
          is kept while they load, so the list does not move down when it is filled) */}
      <p className="muted flagged-panel__scope">
        {upcoming.data && next.length > 0
          ? upcoming.data.total === total ? 'All coming up; the next:' : `${formatNumber(upcoming.data.total)} of them coming up; the next:`
          : ''}
      </p>
      {upcoming.isError && !upcoming.data ? (
        <p className="field-error flagged-panel__list">
          Could not load the next flagged events.{' '}
          <button type="button" className="button button--small" onClick={() => void upcoming.refetch()}>Try again</button>
        </p>
      ) : upcoming.data && next.length === 0 ? (
        <p className="muted flagged-panel__list">None of them is coming up.</p>
      ) : (
        <ul className="stack flagged-panel__list" aria-label="Next flagged events" aria-busy={upcoming.isPending}>
          {upcoming.isPending ? <SkeletonLines /> : next.map((e) => (
            <li key={e.id}>
              <Link to={`/events/${encodeURIComponent(e.id)}`}>{e.title}</Link>{' '}
              <span className="muted">{whenAndWhere(e, env.partnerTimeZone)}</span>
            </li>
          ))}
        </ul>
      )}
      <Link to="/events?range=all&flagged=1">{ALL_FLAGGED}</Link>
    </section>
  );
}
