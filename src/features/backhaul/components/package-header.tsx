import { Link } from 'react-router';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { formatCount, formatDay } from '@/lib/format';
import { dayInZone } from '@/lib/dates';
import type { Package } from '../api/schemas';
import { statusInfo } from '../lib/package-status';
import { StatusBadge } from './status-badge';

/** Title, status, created day and the events the package promoted (linked to their pages). */
export function PackageHeader({ pkg, timeZone }: { pkg: Package; timeZone: string }) {
  return (
    <header className="package-header">
      <Breadcrumb items={[{ label: 'Packages', to: '/package-builder' }, { label: pkg.title }]} />
      <div className="package-header__title">
        <h1>{pkg.title}</h1>
        <StatusBadge status={pkg.status} />
      </div>
      <p className="muted package-header__meta">
        {statusInfo(pkg.status).hint}
        {pkg.created_at && <> Created {formatDay(dayInZone(new Date(pkg.created_at), timeZone))}.</>}
      </p>
      {pkg.events.length > 0 && (
        <div className="package-header__events">
          <span className="muted">{pkg.events.length === 1 ? 'Event' : formatCount(pkg.events.length, 'event', 'events')}:</span>
          <ul className="bh-event-chips">
            {pkg.events.map((e) => (
              <li key={e.id}><Link to={`/events/${encodeURIComponent(e.id)}`}>{e.title ?? e.id}</Link></li>
            ))}
          </ul>
        </div>
      )}
    </header>
  );
}
