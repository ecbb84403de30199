import type { Ref } from 'react';
import { Link } from 'react-router';
import { LifecycleBadge } from './lifecycle-badge';
import './event-link.css';

/**
 * A link to one of several events that may share a title (a series' dates, search results): the
 * start and place under the title are part of the link, so each link's name tells it apart in a
 * screen reader's list of links ("Kiki Sauer – Live Tue, 16 Mar 2027, 20:00 · Frankfurt"; a
 * cancelled one "… Live Cancelled Tue, …"), and the whole block is the click target.
 */
export function EventLink({ to, title, status = null, details, className, ref }: {
  to: string;
  title: string;
  /** the event's lifecycle: "Cancelled" or "Archived" is said beside the title */
  status?: string | null;
  /** when and where, e.g. "Tue, 16 Mar 2027, 20:00 · Frankfurt" */
  details: string;
  className?: string;
  ref?: Ref<HTMLAnchorElement> | undefined;
}) {
  return (
    <Link to={to} ref={ref} className={className ? `event-link ${className}` : 'event-link'}>
      <span className="event-link__title">{title}</span>
      {' '}<LifecycleBadge status={status} />{' '}
      <span className="event-link__details">{details}</span>
    </Link>
  );
}
