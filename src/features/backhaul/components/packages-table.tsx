import { Link } from 'react-router';
import { formatCount, formatDay } from '@/lib/format';
import { dayInZone } from '@/lib/dates';
import type { Package } from '../api/schemas';
import { PackageRowResults } from './package-row-results';
import { StatusBadge } from './status-badge';

const MAX_EVENTS_SHOWN = 3;

function EventsCell({ events }: { events: Package['events'] }) {
  if (events.length === 0) return <span className="muted">No events</span>;
  const shown = events.slice(0, MAX_EVENTS_SHOWN);
  const more = events.length - shown.length;
  return (
    <span className="package-events">
      {shown.map((e) => e.title ?? e.id).join(', ')}
      {more > 0 && <span className="muted"> and {more} more</span>}
    </span>
  );
}

/**
 * The packages as a table: title (link), status, events, the e-mail day and what the backhaul
 * found (per row, PackageRowResults), created day in the partner's zone.
 */
export function PackagesTable({ packages, timeZone, currency }: { packages: readonly Package[]; timeZone: string; currency: string | null }) {
  return (
    <div className="table-scroll">
      <table className="data-table packages-table">
        <caption className="visually-hidden">Packages</caption>
        <thead>
          <tr>
            <th scope="col">Package</th>
            <th scope="col">Status</th>
            <th scope="col">Events</th>
            <th scope="col" className="num">E-mail sent</th>
            <th scope="col" className="num">Results</th>
            <th scope="col" className="num">Created</th>
          </tr>
        </thead>
        <tbody>
          {packages.map((p) => (
            <tr key={p.id}>
              <th scope="row"><Link to={`/package-builder/${encodeURIComponent(p.id)}`}>{p.title}</Link></th>
              <td className="packages-table__status"><StatusBadge status={p.status} /></td>
              <td className="packages-table__events">
                <span className="muted">{formatCount(p.events.length, 'event', 'events')}</span>
                {p.events.length > 0 && <br />}
                <EventsCell events={p.events} />
              </td>
              <PackageRowResults pkg={p} currency={currency} />
              <td className="num packages-table__created" data-label="Created">{p.created_at ? formatDay(dayInZone(new Date(p.created_at), timeZone)) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Rows of the final height while the list loads. */
export function PackagesTableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div className="packages-skeleton" role="status" aria-label="Loading packages">
      {Array.from({ length: rows }, (_, i) => <div key={i} className="skeleton packages-skeleton__row" />)}
    </div>
  );
}
