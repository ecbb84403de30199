import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { formatMoney, formatNumber } from '@/lib/format';
import { ticketTypeLabel } from '@/lib/schemas/ticket-category';
import { salesQueries } from '../api/queries';

/** The event's ticket categories with tickets sold and revenue (they change with every sales write). */
export function TicketCategoriesTable({ eid, currency }: { eid: string; currency: string | null }) {
  const tickets = useQuery(salesQueries.tickets(eid));
  const placeholder = <Skeleton height="6rem" label="Loading ticket categories" />;
  if (tickets.isPending) return placeholder;
  if (tickets.data === undefined) return <ErrorPanel error={tickets.error} onRetry={() => void tickets.refetch()} title="Could not load the ticket categories" holds={placeholder} />;
  if (tickets.data.length === 0) return <p className="muted">This event has no ticket categories yet.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="By ticket category, table">
      {/* on phones each category is a card (.table-cards): revenue was behind a sideways scroll */}
      <table className="data-table table-cards" role="table">
        <caption className="sales-caption">By ticket category</caption>
        <thead role="rowgroup" className="visually-hidden-narrow">
          <tr role="row">
            <th scope="col" role="columnheader">Category</th>
            <th scope="col" role="columnheader">Type</th>
            <th scope="col" role="columnheader" className="num">Tickets sold</th>
            <th scope="col" role="columnheader" className="num">Capacity</th>
            <th scope="col" role="columnheader" className="num">Revenue</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {tickets.data.map((t) => (
            <tr key={t.id} role="row">
              <th scope="row" role="rowheader">{t.name}</th>
              <td role="cell" data-label="Type">{ticketTypeLabel(t.type)}</td>
              <td role="cell" data-label="Tickets sold" className="num">{formatNumber(t.sold)}</td>
              <td role="cell" data-label="Capacity" className="num">{formatNumber(t.capacity)}</td>
              <td role="cell" data-label="Revenue" className="num">{formatMoney(t.revenue, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
