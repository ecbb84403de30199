import type { ReactNode } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { LifecycleBadge } from '@/components/event/lifecycle-badge';
import { Breadcrumb, type Crumb } from '@/components/layout/breadcrumb';
import { env } from '@/config/env';
import { formatDateTime } from '@/lib/format';
import type { Event } from '@/lib/schemas/event';
import { salesQueries } from '@/features/sales/api/queries';
import { SalesWorkspace } from '@/features/sales/components/sales-workspace';
import { useCurrency } from './use-partner';
import { partnerToday } from './sales-loaders';

interface SalesEventViewProps {
  eid: string;
  /** The breadcrumb; it differs by the way the page was reached. */
  breadcrumb: (event: Event) => readonly Crumb[];
  /** Shown between the heading and the tools. */
  children?: ReactNode;
}

/** One event's sales tools, on /events/:eid/sales and on /sales?event=…: the same page but for the way back. */
export function SalesEventView({ eid, breadcrumb, children }: SalesEventViewProps) {
  const { data: event } = useSuspenseQuery(salesQueries.event(eid));
  const currency = useCurrency(event.currency);
  return (
    <section className="page sales-page">
      <title>{`Sales data · ${event.title} · Future Demand`}</title>
      <Breadcrumb items={breadcrumb(event)} />
      <SalesEventHeading event={event} currency={currency} />
      {children}
      <SalesWorkspace key={eid} event={event} currency={currency} today={partnerToday()} />
    </section>
  );
}

/**
 * "Sales data" and which event it is about (the name the clear dialog asks for). A cancelled or
 * archived event, left out of the picker but reachable from its event page, carries its badge.
 */
function SalesEventHeading({ event, currency }: { event: Event; currency: string | null }) {
  const place = [event.venue_name, event.city].filter(Boolean).join(', ');
  return (
    <header className="sales-heading">
      <h1>Sales data: {event.title}</h1>
      <p className="muted">
        {/* either kind of cancelled (the event's own, or the partner's) */}
        <LifecycleBadge status={event.frontend_status === 'CANCELLED' ? 'cancelled' : event.status} />{' '}
        {formatDateTime(event.start_date_time, env.partnerTimeZone)}
        {place && ` · ${place}`}
        {currency && ` · amounts in ${currency}`}
      </p>
    </header>
  );
}
