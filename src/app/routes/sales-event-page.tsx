import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { SalesEventView } from './sales-event-view';
import { ensureSalesEvent } from './sales-loaders';
import '../sales.css';

export const salesEventLoader = (queryClient: QueryClient) => async ({ params }: LoaderFunctionArgs) => {
  await ensureSalesEvent(queryClient, params.eid ?? '');
  return null;
};

/** /events/:eid/sales — reached from the event page's "Sales data" action. */
export function SalesEventPage() {
  const { eid = '' } = useParams();
  return (
    <SalesEventView
      eid={eid}
      breadcrumb={(event) => (
        <>
          <Link to="/events">Events</Link> <span aria-hidden="true">›</span> <Link to={`/events/${encodeURIComponent(eid)}`}>{event.title}</Link>{' '}
          <span aria-hidden="true">›</span> <span aria-current="page">Sales data</span>
        </>
      )}
    />
  );
}
