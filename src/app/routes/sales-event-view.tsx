import { env } from '@/config/env';
import { formatDateTime } from '@/lib/format';
import type { Event } from '@/lib/schemas/event';

/** "Sales data" and which event it is about (the name the clear dialog asks for). */
export function SalesEventHeading({ event, currency }: { event: Event; currency: string | null }) {
  const place = [event.venue_name, event.city].filter(Boolean).join(', ');
  return (
    <header className="sales-heading">
      <h1>Sales data: {event.title}</h1>
      <p className="muted">
        {formatDateTime(event.start_date_time, env.partnerTimeZone)}
        {place && ` · ${place}`}
        {currency && ` · amounts in ${currency}`}
      </p>
    </header>
  );
}
