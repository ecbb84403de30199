import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { EventHeader } from '@/components/event/event-header';
import { shownClientStatus } from '@/components/event/status-labels';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { eventDetailQueries } from '@/features/event-detail/api/queries';
import { BenchmarkCard } from '@/features/event-detail/components/benchmark-card';
import { ClustersPanel } from '@/features/event-detail/components/clusters-panel';
import { DailyRevenueChart } from '@/features/event-detail/components/daily-revenue-chart';
import { EditEventButton } from '@/features/event-detail/components/edit-event-dialog';
import { ResultsPanel } from '@/features/event-detail/components/results-panel';
import { SalesChart } from '@/features/event-detail/components/sales-chart';
import { SeriesPanel } from '@/features/event-detail/components/series-panel';
import { TicketsChart, TicketsTable } from '@/features/event-detail/components/tickets-panel';
import { FrontendStatusActions } from '@/features/events/components/frontend-status-actions';
import { eventsListHref } from '@/features/events/lib/last-events-search';
import { eventDay } from './event-detail-loader';
import { useAttributedRevenue } from './use-attributed-revenue';
import { useCurrency } from './use-partner';
import '../event-detail.css';

export function EventDetailPage() {
  const eid = useParams().eid ?? '';
  const { data: event } = useSuspenseQuery(eventDetailQueries.detail(eid));
  const currency = useCurrency(event.currency);
  const attributedRevenue = useAttributedRevenue(eid);

  return (
    // keyed by event: moving to another event (series link, Back) starts its panels afresh, so no
    // message, Undo or open form of the previous event carries over
    <div className="page event-detail" key={eid}>
      <title>{`${event.title} · Events · Future Demand`}</title>
      <Breadcrumb items={[{ label: 'Events', to: eventsListHref() }, { label: event.title }]} />
      <EventHeader
        event={event}
        actions={
          <>
            <FrontendStatusActions event={event} compact={false} />
            <EditEventButton event={event} />
            <Link className="button" to={`/events/${encodeURIComponent(eid)}/sales`}>Sales data</Link>
            <Link className="button" to={`/campaigns/${encodeURIComponent(eid)}`}>Open in Wave</Link>
          </>
        }
      />
      <ResultsPanel eid={eid} currency={currency} deliveryPaused={shownClientStatus(event) === 'PAUSED'} attributedRevenue={attributedRevenue} />
      <div className="event-detail__row event-detail__row--benchmark">
        <BenchmarkCard eid={eid} />
        <SalesChart eid={eid} capacity={event.capacity} />
      </div>
      <DailyRevenueChart eid={eid} currency={currency} eventDay={eventDay(event.start_date_time)} />
      <div className="event-detail__row event-detail__row--tickets">
        <TicketsTable eid={eid} currency={currency} eventCapacity={event.capacity} />
        <TicketsChart eid={eid} />
      </div>
      <div className="event-detail__row event-detail__row--halves">
        <SeriesPanel eid={eid} eventTitle={event.title} />
        <ClustersPanel eid={eid} />
      </div>
    </div>
  );
}
