import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { formatMoney, formatNumber } from '@/lib/format';
import { ticketTypeLabel } from '@/lib/schemas/ticket-category';
import { salesQueries } from '../api/queries';

/** The event's ticket categories with tickets sold and revenue (they change with every sales write). */
export function TicketCategoriesTable({ eid, currency }: { eid: string; currency: string | null }) {
  const tickets = useQuery(salesQueries.tickets(eid));
  if (tickets.isPending) return <Skeleton height="6rem" label="Loading ticket categories" />;
  if (tickets.isError) return <ErrorPanel error={tickets.error} onRetry={() => void tickets.refetch()} title="Could not load the ticket categories" />;
  if (tickets.data.length === 0) return <p className="muted">This event has no ticket categories yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="sales-caption">By ticket category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Type</th>
            <th scope="col" className="num">Tickets sold</th>
            <th scope="col" className="num">Capacity</th>
            <th scope="col" className="num">Revenue</th>
          </tr>
        </thead>
        <tbody>
          {tickets.data.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.name}</th>
              <td>{ticketTypeLabel(t.type)}</td>
              <td className="num">{formatNumber(t.sold)}</td>
              <td className="num">{formatNumber(t.capacity)}</td>
              <td className="num">{formatMoney(t.revenue, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
