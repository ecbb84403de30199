import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useFirstDataDeferred } from '@/components/ui/use-first-data-deferred';
import { env } from '@/config/env';
import { today } from '@/lib/dates';
import { formatNumber, pluralize } from '@/lib/format';
import type { Event } from '@/lib/schemas/event';
import { benchmarkView } from '../lib/benchmark-view';
import { overviewQueries, UPCOMING_DAYS } from '../lib/overview-queries';
import { UPCOMING_COLUMNS } from './event-columns';
import { EventsTable } from './events-table';

const SHOWN = 8;
const hrefFor = (e: Event) => `/events/${encodeURIComponent(e.id)}`;

function demandCounts(items: readonly Event[]) {
  const counts = { above: 0, below: 0, even: 0, none: 0 };
  const day = today(env.partnerTimeZone);
  for (const e of items) counts[benchmarkView(e, day, env.partnerTimeZone).comparison?.direction ?? 'none']++;
  return counts;
}

/** The first rows (skeleton rows until `data`) and the link to all of them. */
function TableAndLink({ data }: { data: { total: number; items: readonly Event[] } | undefined }) {
  return (
    <>
      <EventsTable caption={`Events in the next ${UPCOMING_DAYS} days`} columns={UPCOMING_COLUMNS} rows={(data?.items ?? []).slice(0, SHOWN)} hrefFor={hrefFor} loading={!data} skeletonRows={SHOWN} />
      {/* always there, loading or not (with the count once known): it is no line more or less when the rows come */}
      <Link to="/events?range=next-14">
        {data && data.total > SHOWN ? `All ${formatNumber(data.total)} events in the next ${UPCOMING_DAYS} days` : `The next ${UPCOMING_DAYS} days in the events list`}
      </Link>
    </>
  );
}

/**
 * The next 14 days: how many events, how many behind their benchmark, and the first few. While
 * loading it holds the room of `SHOWN` rows; the rows that come take their own height (2 events
 * leave no empty box), so the overview shows what is below only once they are there.
 */
export function UpcomingEvents() {
  const upcoming = useQuery(overviewQueries(env.partnerTimeZone).upcoming);
  // the first rows arrive in an interruptible render; summary and table switch together
  const data = useFirstDataDeferred(upcoming.data);
  const counts = data ? demandCounts(data.items) : null;
  return (
    <section className="card overview-upcoming" aria-labelledby="upcoming-heading">
      <div className="overview-upcoming__head">
        <h2 id="upcoming-heading">Next {UPCOMING_DAYS} days</h2>
        {data && counts ? (
          <p className="overview-upcoming__summary">
            <strong>{formatNumber(data.total)}</strong> {pluralize(data.total, 'event', 'events')}
            {' · '}
            {/* the ones behind are the ones needing attention: one click to them, most behind first */}
            {counts.below > 0 ? (
              <Link to="/events?range=next-14&sort=benchmark_gap" className="bench__dir bench__dir--below">
                <span aria-hidden="true">▼</span> {formatNumber(counts.below)} below
              </Link>
            ) : (
              <span className="bench__dir bench__dir--below"><span aria-hidden="true">▼</span> 0 below</span>
            )}
            {' · '}<span className="bench__dir bench__dir--above"><span aria-hidden="true">▲</span> {formatNumber(counts.above)} above</span> benchmark
            {data.total > data.items.length && <span className="muted"> (first {formatNumber(data.items.length)})</span>}
          </p>
        ) : !upcoming.isError && <span className="skeleton overview-upcoming__summary-skeleton" aria-hidden="true" />}
      </div>
      {upcoming.isError && !data ? (
        <ErrorPanel title="Could not load the upcoming events" error={upcoming.error} onRetry={() => void upcoming.refetch()} holds={<TableAndLink data={undefined} />} />
      ) : data && data.total === 0 ? (
        <p className="muted">No events in the next {UPCOMING_DAYS} days.</p>
      ) : (
        <TableAndLink data={data} />
      )}
    </section>
  );
}
