import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { eventsListHref } from '@/features/events/lib/last-events-search';
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
      breadcrumb={(event) => [
        { label: 'Events', to: eventsListHref() },
        { label: event.title, to: `/events/${encodeURIComponent(eid)}` },
        { label: 'Sales data' },
      ]}
    />
  );
}
