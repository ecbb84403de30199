import { humanize } from '@/lib/humanize';

/**
 * "Cancelled" or "Archived" beside an event's title wherever events are listed: such an event must
 * not pass for a live one. Nothing for an active event (or an unknown lifecycle).
 */
export function LifecycleBadge({ status }: { status: string | null }) {
  if (!status || status === 'active') return null;
  return <span className={`badge${status === 'cancelled' ? ' badge--cancelled' : ''}`}>{humanize(status)}</span>;
}
