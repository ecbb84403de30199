import { env } from '@/config/env';
import { today } from '@/lib/dates';
import { isEventOver } from '@/lib/event-day';
import { formatDateTime } from '@/lib/format';
import { useNow } from '@/lib/use-now';

/**
 * An event's start as the lists show it; one that has started today (still listed as upcoming until
 * the day is over: tickets sell at the door, the result is not in yet) says "started", so a
 * tonight's show seen at midnight is not taken for one still to come.
 */
export function EventStart({ start }: { start: string }) {
  const startMs = Date.parse(start);
  // rendered again as the start passes, for a list left open
  const now = useNow((n) => (startMs > n ? startMs : null));
  const started = startMs <= now && !isEventOver(start, today(env.partnerTimeZone), env.partnerTimeZone);
  // one element: a phone's card lays a cell's children apart
  return (
    <span>
      <time dateTime={start}>{formatDateTime(start, env.partnerTimeZone)}</time>
      {started && <span className="muted"> · started</span>}
    </span>
  );
}
