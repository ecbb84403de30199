import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { salesQueries } from '@/features/sales/api/queries';
import { SalesWorkspace } from '@/features/sales/components/sales-workspace';
import { useSalesCurrency } from './sales-currency';
import { SalesEventHeading } from './sales-event-heading';
import { ensureSalesEvent, partnerToday } from './sales-loaders';
import '../sales.css';

export const salesEventLoader = (queryClient: QueryClient) => async ({ params }: LoaderFunctionArgs) => {
  await ensureSalesEvent(queryClient, params.eid ?? '');
  return null;
};

/** /events/:eid/sales — reached from the event page's "Sales data" action. */
export function SalesEventPage() {
  const { eid = '' } = useParams();
  const { data: event } = useSuspenseQuery(salesQueries.event(eid));
  const currency = useSalesCurrency(event.currency);
  return (
    <section className="page sales-page">
      <title>{`Sales data · ${event.title} · Future Demand`}</title>
      <nav aria-label="Breadcrumb" className="sales-breadcrumb">
        <Link to="/events">Events</Link> <span aria-hidden="true">›</span> <Link to={`/events/${encodeURIComponent(eid)}`}>{event.title}</Link>{' '}
        <span aria-hidden="true">›</span> <span aria-current="page">Sales data</span>
      </nav>
      <SalesEventHeading event={event} currency={currency} />
      <SalesWorkspace key={eid} event={event} currency={currency} today={partnerToday()} />
    </section>
  );
}
