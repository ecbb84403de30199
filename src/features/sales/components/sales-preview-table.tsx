import { formatCount, formatDayRange, formatMoney, formatNumber } from '@/lib/format';
import { perDayText, type SalesPreview } from '../lib/sales-preview';

const NONE = '—';

/** What submitting would add: per line and in total, and how it spreads over the days. */
export function SalesPreviewTable({ preview, currency, labelOf }: { preview: SalesPreview; currency: string | null; labelOf: (type: string) => string }) {
  const { days, from, to } = preview;
  const period = days === null ? preview.prompt : `${formatDayRange(from, to)}${days > 1 ? ` (${formatCount(days, 'day', 'days')})` : ''}`;
  const perDay = days !== null && days > 1;
  return (
    <section className="sales-preview" aria-labelledby="sales-preview-title">
      <h3 id="sales-preview-title">Preview of what will be added</h3>
      <p className="muted">
        {period}
        {perDay && preview.rows !== null && ` × ${formatCount(preview.lines.length, 'ticket type', 'ticket types')}: the tickets are spread over the days as evenly as whole tickets go, each day with its tickets' share of the revenue (up to ${formatCount(preview.rows, 'daily row', 'daily rows')}).`}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Ticket type</th>
              <th scope="col" className="num">Tickets</th>
              <th scope="col" className="num">Revenue</th>
              {perDay && <th scope="col" className="num">Per day</th>}
            </tr>
          </thead>
          <tbody>
            {preview.lines.map((line, i) => (
              <tr key={i}>
                <th scope="row">{line.type ? labelOf(line.type) : NONE}</th>
                <td className="num">{formatNumber(line.tickets)}</td>
                <td className="num">{formatMoney(line.revenue, currency)}</td>
                {perDay && (
                  <td className="num sales-preview__per-day">
                    {perDayText(line, days, currency) ?? NONE}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="num">{formatNumber(preview.totalTickets)}</td>
              <td className="num">{formatMoney(preview.totalRevenue, currency)}</td>
              {perDay && <td />}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
