import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { EventHeader } from '@/components/event/event-header';
import { env } from '@/config/env';
import { session } from '@/lib/api';
import { dayInZone, today } from '@/lib/dates';
import { partnerQueries } from '@/features/auth/api/auth';
import { useSession } from '@/features/auth/lib/use-session';
import { eventDetailQueries } from '@/features/event-detail/api/queries';
import { BenchmarkCard } from '@/features/event-detail/components/benchmark-card';
import { ClustersPanel } from '@/features/event-detail/components/clusters-panel';
import { DailyRevenueChart } from '@/features/event-detail/components/daily-revenue-chart';
import { EditEventButton } from '@/features/event-detail/components/edit-event-dialog';
import { ResultsPanel } from '@/features/event-detail/components/results-panel';
import { SalesChart } from '@/features/event-detail/components/sales-chart';
import { SeriesPanel } from '@/features/event-detail/components/series-panel';
import { TicketsChart, TicketsTable } from '@/features/event-detail/components/tickets-panel';
import { resolveRevenueRange } from '@/features/event-detail/lib/revenue-range';
import { eventDetailSearch } from '@/features/event-detail/lib/search';
import { FrontendStatusActions } from '@/features/events/components/frontend-status-actions';
import '../event-detail.css';

const eventDay = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : dayInZone(d, env.partnerTimeZone);
};

/**
 * Every panel's request starts at once; only the event itself is awaited (an unknown id is a
 * 404 → the not-found page). The daily revenue needs the event's currency (else the partner's).
 */
export const eventDetailLoader = (queryClient: QueryClient) => async ({ params, request }: LoaderFunctionArgs) => {
  const eid = params.eid ?? '';
  const q = eventDetailQueries;
  void queryClient.prefetchQuery(q.kpis(eid));
  void queryClient.prefetchQuery(q.attributionModel(eid));
  void queryClient.prefetchQuery(q.benchmark(eid));
  void queryClient.prefetchQuery(q.salesGraph(eid));
  void queryClient.prefetchQuery(q.tickets(eid));
  void queryClient.prefetchQuery(q.series(eid));
  void queryClient.prefetchQuery(q.clusters(eid));
  const event = await queryClient.ensureQueryData(q.detail(eid));
  let currency = event.currency;
  const partnerId = session.get()?.partnerId;
  if (!currency && partnerId) currency = (await queryClient.ensureQueryData(partnerQueries.current(partnerId)).catch(() => null))?.currency ?? null;
  const search = eventDetailSearch.parse(new URL(request.url).searchParams);
  const range = resolveRevenueRange(search, { today: today(env.partnerTimeZone), eventDay: eventDay(event.start_date_time) });
  void queryClient.prefetchQuery(q.dailyRevenue(eid, { start: range.start, end: range.end, currency: currency ?? undefined }));
  return null;
};

/** Changing the chart state in the URL re-renders the panels; no need to rerun the loader. */
export function eventDetailShouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search) return false;
  return defaultShouldRevalidate;
}

/** The event's currency, else the partner's (null until known). */
function useCurrency(eventCurrency: string | null): string | null {
  const partnerId = useSession()?.partnerId ?? '';
  const partner = useQuery({ ...partnerQueries.current(partnerId), enabled: Boolean(partnerId) && !eventCurrency });
  return eventCurrency ?? (partner.data?.id === partnerId ? partner.data.currency ?? null : null);
}

export function EventDetailPage() {
  const eid = useParams().eid ?? '';
  const { data: event } = useSuspenseQuery(eventDetailQueries.detail(eid));
  const currency = useCurrency(event.currency);

  return (
    <div className="page event-detail">
      <title>{`${event.title} · Events · Future Demand`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/events">Events</Link> <span aria-hidden="true">›</span> <span aria-current="page">{event.title}</span>
      </nav>
      <EventHeader
        event={event}
        actions={
          <>
            <FrontendStatusActions event={event} />
            <EditEventButton event={event} />
            <Link className="button" to={`/events/${encodeURIComponent(eid)}/sales`}>Sales data</Link>
            <Link className="button" to={`/campaigns/${encodeURIComponent(eid)}`}>Open in Wave</Link>
          </>
        }
      />
      <ResultsPanel eid={eid} currency={currency} />
      <div className="event-detail__row event-detail__row--benchmark">
        <BenchmarkCard eid={eid} />
        <SalesChart eid={eid} capacity={event.capacity} />
      </div>
      <DailyRevenueChart eid={eid} currency={currency} eventDay={eventDay(event.start_date_time)} />
      <div className="event-detail__row event-detail__row--tickets">
        <TicketsTable eid={eid} currency={currency} />
        <TicketsChart eid={eid} />
      </div>
      <div className="event-detail__row event-detail__row--halves">
        <SeriesPanel eid={eid} eventTitle={event.title} />
        <ClustersPanel eid={eid} />
      </div>
    </div>
  );
}
