import { useQuery } from '@tanstack/react-query';
import { ChartFrame, type TableColumn } from '@/components/charts/chart-frame';
import { HeldSize } from '@/components/ui/held-size';
import { Skeleton } from '@/components/ui/skeleton';
import { BarsChart } from '@/components/charts/lazy-charts';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import { ticketTypeLabel } from '@/lib/schemas/ticket-category';
import { eventDetailQueries } from '../api/queries';
import { capacityNote, sellThroughSummary, ticketRows, ticketTotals, type TicketRow } from '../lib/tickets';
import { chartPlaceholder, Panel, pendingSummary, QueryState } from './panel';

const soldOf = (sold: number | null, capacity: number | null) => `${formatNumber(sold)} / ${formatNumber(capacity)}`;

/**
 * Every ticket category: price, sold of capacity, sell-through and revenue, with totals; a note
 * when the categories' capacity is not the event's (`eventCapacity`).
 */
export function TicketsTable({ eid, currency, eventCapacity }: { eid: string; currency: string | null; eventCapacity?: number | null }) {
  const query = useQuery(eventDetailQueries.tickets(eid));
  return (
    <Panel title="Ticket categories" className="tickets-panel">
      <QueryState query={query} height={220} what="the ticket categories">
        {(tickets) => {
          if (tickets.length === 0) return <p className="muted">No ticket categories have been reported for this event.</p>;
          const rows = ticketRows(tickets);
          const totals = ticketTotals(tickets);
          const otherCapacity = capacityNote(totals.capacity, eventCapacity);
          return (
            <>
              <div className="table-scroll" tabIndex={0} role="region" aria-label="Ticket categories, table">
                {/* on phones each category is a card: sell-through and revenue were behind a sideways scroll */}
                <table className="data-table table-cards" role="table">
                  <caption className="visually-hidden">Ticket categories</caption>
                  <thead role="rowgroup" className="visually-hidden-narrow">
                    <tr role="row">
                      <th scope="col" role="columnheader">Category</th>
                      <th scope="col" role="columnheader">Type</th>
                      <th scope="col" role="columnheader" className="num">Price</th>
                      <th scope="col" role="columnheader" className="num">Sold / capacity</th>
                      <th scope="col" role="columnheader" className="num">Sell-through</th>
                      <th scope="col" role="columnheader" className="num">Revenue</th>
                    </tr>
                  </thead>
                  <tbody role="rowgroup">
                    {rows.map((t) => (
                      <tr key={t.id} role="row">
                        <th scope="row" role="rowheader">{t.name}</th>
                        <td role="cell" data-label="Type">{ticketTypeLabel(t.type)}</td>
                        <td role="cell" data-label="Price" className="num">{formatMoney(t.price, currency)}</td>
                        <td role="cell" data-label="Sold / capacity" className="num">{soldOf(t.sold, t.capacity)}</td>
                        <td role="cell" data-label="Sell-through" className="num">{formatPercent(t.sellThrough)}</td>
                        <td role="cell" data-label="Revenue" className="num">{formatMoney(t.revenue, currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot role="rowgroup">
                    <tr role="row">
                      <th scope="row" role="rowheader">Total</th>
                      <td role="cell" />
                      <td role="cell" />
                      <td role="cell" data-label="Sold / capacity" className="num">{soldOf(totals.sold, totals.capacity)}</td>
                      <td role="cell" data-label="Sell-through" className="num">{formatPercent(totals.sellThrough)}</td>
                      <td role="cell" data-label="Revenue" className="num">{formatMoney(totals.revenue, currency)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
              {totals.withoutCapacity.length > 0 && (
                <p className="muted tickets-panel__note">
                  {totals.withoutCapacity.join(', ')} {totals.withoutCapacity.length === 1 ? 'has' : 'have'} no known capacity: the total
                  capacity is unknown, and the total sell-through counts only the other categories.
                </p>
              )}
              {otherCapacity && <p className="muted tickets-panel__note">{otherCapacity}</p>}
            </>
          );
        }}
      </QueryState>
    </Panel>
  );
}

const TITLE = 'Sell-through by category';
const HEIGHT = 220;

/** The categories' sell-through as compact bars (same data as the table). */
export function TicketsChart({ eid }: { eid: string }) {
  const query = useQuery(eventDetailQueries.tickets(eid));
  const rows = ticketRows(query.data ?? []);
  const columns: TableColumn<TicketRow>[] = [
    { key: 'name', label: 'Category', render: (r) => r.name },
    { key: 'sold', label: 'Sold / capacity', align: 'end', render: (r) => soldOf(r.sold, r.capacity) },
    { key: 'through', label: 'Sell-through', align: 'end', render: (r) => formatPercent(r.sellThrough) },
  ];
  const summary = !query.data ? pendingSummary(query) : sellThroughSummary(rows);
  // the table beside it reads the same categories: one error, with its Try again, is enough
  const failed = query.data === undefined && query.error && !query.isFetching;
  const placeholder = failed ? (
    <HeldSize holds={<Skeleton height={HEIGHT} label="Loading the sell-through chart" />}>
      <p className="muted">Drawn once the ticket categories load; their panel says what went wrong and has Try again.</p>
    </HeldSize>
  ) : chartPlaceholder(query, HEIGHT, 'the sell-through chart');
  return (
    <ChartFrame
      title={TITLE}
      summary={summary}
      height={HEIGHT}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      busy={query.isFetching}
      placeholder={placeholder}
    >
      <BarsChart
        data={rows.map((r) => ({ name: r.name, sellThrough: r.sellThrough ?? 0 }))}
        labelKey="name"
        valueKey="sellThrough"
        valueLabel="Sell-through"
        format={(v) => formatPercent(v)}
        domain={[0, Math.max(1, ...rows.map((r) => r.sellThrough ?? 0))]}
        color="var(--series-actual)"
        labelWidth={110}
      />
    </ChartFrame>
  );
}
