import type { ReactNode } from 'react';
import { env } from '@/config/env';
import { formatDateTime, formatNumber, formatZoneName, NONE } from '@/lib/format';
import { categoryLabel } from '@/lib/humanize';
import type { Event } from '@/lib/schemas/event';
import { statusBadges } from './status-labels';
import './event-header.css';

/**
 * The head of every page about one event (Lookout event detail, Wave campaign detail): title,
 * start in the partner's time zone, place, capacity, category, the status fields that matter as
 * badges (words + icon, never colour alone), and a slot for the page's actions.
 */
export function EventHeader({ event, actions, timeZone = env.partnerTimeZone }: { event: Event; actions?: ReactNode; timeZone?: string }) {
  const place = [event.venue_name, event.hall_name].filter(Boolean).join(' · ');
  const zone = formatZoneName(event.start_date_time, timeZone);
  return (
    <header className="card event-header">
      <div className="event-header__main">
        <h1 className="event-header__title">{event.title}</h1>
        <dl className="event-header__facts">
          <div>
            <dt>Starts</dt>
            <dd>
              <time dateTime={event.start_date_time}>{formatDateTime(event.start_date_time, timeZone)}</time>
              {zone && <span className="muted"> ({zone})</span>}
            </dd>
          </div>
          <div><dt>City</dt><dd>{event.city ?? NONE}</dd></div>
          <div><dt>Venue / hall</dt><dd>{place || NONE}</dd></div>
          <div><dt>Capacity</dt><dd>{formatNumber(event.capacity)}</dd></div>
          <div><dt>Category</dt><dd>{categoryLabel(event.category)}</dd></div>
        </dl>
        <ul className="event-header__badges" aria-label="Status">
          {statusBadges(event).map((b) => (
            <li key={b.key} className={`event-badge event-badge--${b.tone}`}>
              <span aria-hidden="true">{b.icon}</span> {b.label}: <strong>{b.value}</strong>
            </li>
          ))}
        </ul>
      </div>
      {actions && <div className="event-header__actions">{actions}</div>}
    </header>
  );
}
