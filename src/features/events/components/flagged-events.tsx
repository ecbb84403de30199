import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/ui/error-panel';
import { env } from '@/config/env';
import { formatDateTime, formatNumber } from '@/lib/format';
import { overviewQueries } from '../lib/overview-queries';

/**
 * Flagged events: the count of `/events/flagged/` and the next few from today on. Shown only
 * when there is at least one.
 */
export function FlaggedEvents() {
  const queries = overviewQueries(env.partnerTimeZone);
  const count = useQuery(queries.flaggedCount);
  const upcoming = useQuery(queries.flaggedUpcoming);
  if (count.isPending) return null;
  if (count.isError) {
    return <ErrorPanel title="Could not load the flagged events" error={count.error} onRetry={() => void count.refetch()} />;
  }
  const total = count.data.total;
  if (total === 0) return null;
  const next = upcoming.data?.items ?? [];
  return (
    <section className="card flagged-panel" aria-labelledby="flagged-heading">
      <div className="flagged-panel__head">
        <h2 id="flagged-heading"><span aria-hidden="true">⚑</span> Flagged</h2>
        <span className="flagged-panel__count">{formatNumber(total)} <span className="muted">{total === 1 ? 'event' : 'events'}</span></span>
      </div>
      {upcoming.isError ? (
        <p className="field-error">
          Could not load the next flagged events.{' '}
          <button type="button" className="button button--small" onClick={() => void upcoming.refetch()}>Try again</button>
        </p>
      ) : upcoming.isSuccess && next.length === 0 ? (
        <p className="muted">None of them is coming up.</p>
      ) : (
        <ul className="stack flagged-panel__list" aria-label="Next flagged events">
          {next.map((e) => (
            <li key={e.id}>
              <Link to={`/events/${encodeURIComponent(e.id)}`}>{e.title}</Link>{' '}
              <span className="muted">{formatDateTime(e.start_date_time, env.partnerTimeZone)}{e.city ? ` · ${e.city}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
      <Link to="/events?range=all">All flagged events (pinned at the top of the events list)</Link>
    </section>
  );
}
