import { useCallback, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Skeleton } from '@/components/ui/skeleton';
import { env } from '@/config/env';
import { dayInZone, type Day } from '@/lib/dates';
import type { Event } from '@/lib/schemas/event';
import { refreshEventFigures } from '@/lib/event-writes';
import { salesQueries } from '../api/queries';
import { ticketTypeOptions } from '../lib/ticket-types';
import { AddSalesForm } from './add-sales-form';
import { BulkEditCard } from './bulk-edit-card';
import { ClearSalesCard } from './clear-sales-card';
import { ImportWorkbookCard } from './import-workbook-card';
import { LatestWriteProvider } from '../lib/latest-write';
import { LeaveGuard } from './leave-guard';
import { SalesSummaryCard } from './sales-summary-card';

/** Every sales tool for one event. Writes refresh the event's figures (and mark the lists' stale) before they report. */
export function SalesWorkspace({ event, currency, today }: { event: Event; currency: string | null; today: Day }) {
  const eid = event.id;
  const queryClient = useQueryClient();
  const tickets = useQuery(salesQueries.tickets(eid));
  const options = useMemo(() => ticketTypeOptions(tickets.data ?? []), [tickets.data]);
  const start = new Date(event.start_date_time);
  const eventDay = Number.isNaN(start.getTime()) ? null : dayInZone(start, env.partnerTimeZone);
  const afterwards = useCallback(() => refreshEventFigures(queryClient, eid), [queryClient, eid]);

  return (
    <LeaveGuard>
      <LatestWriteProvider>
        <div className="sales-workspace">
          <SalesSummaryCard eid={eid} currency={currency} today={today} />
          <div className="sales-columns">
            <div className="sales-column">
              {tickets.isPending ? (
                <section className="card sales-card" aria-label="Add sales">
                  <Skeleton height="30rem" label="Loading the ticket types" />
                </section>
              ) : (
                <>
                  {/* the contract's list of types ends in "…", so no list of codes can stand in for the event's:
                      without them a name the event has under another spelling is not caught (a second type) */}
                  {tickets.isError && !tickets.data && (
                    <p className="notice" role="status">
                      The event's ticket types could not be loaded. Load them before naming a ticket type: without them, a type the
                      event already has but typed differently is not caught and becomes a second type.{' '}
                      <button type="button" className="button button--link" onClick={() => { if (!tickets.isFetching) void tickets.refetch(); }}>
                        {tickets.isFetching ? 'Loading the ticket types…' : 'Try again'}
                      </button>
                    </p>
                  )}
                  <AddSalesForm eid={eid} currency={currency} today={today} eventDay={eventDay} options={options} afterwards={afterwards} />
                </>
              )}
            </div>
            <div className="sales-column">
              <ImportWorkbookCard eid={eid} afterwards={afterwards} typeOptions={options} currency={currency} today={today} />
              <BulkEditCard eid={eid} afterwards={afterwards} />
              <ClearSalesCard eid={eid} title={event.title} currency={currency} today={today} afterwards={afterwards} />
            </div>
          </div>
        </div>
      </LatestWriteProvider>
    </LeaveGuard>
  );
}
