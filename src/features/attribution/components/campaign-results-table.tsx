import { formatCount, formatDateTime, formatMoney, formatNumber } from '@/lib/format';
import type { CampaignResult } from '@/lib/schemas/campaign-result';

const SOURCE_LABELS: Record<string, string> = { automated: 'Automated', manual: 'Manual' };
const sourceLabel = (source: string | null) => (source ? SOURCE_LABELS[source] ?? source : 'Unknown');

/** Newest first (rows without a date last). */
export function sortResults(rows: readonly CampaignResult[]): CampaignResult[] {
  return [...rows].sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
}

/** The campaign result rows: date, source, purchases, revenue; manual rows can be deleted. On phones each row is a card. */
export function CampaignResultsTable({ rows, currency, timeZone, onDelete }: {
  rows: readonly CampaignResult[];
  currency: string | null;
  timeZone: string;
  onDelete: (row: CampaignResult) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table table-cards results-table" role="table">
        <caption className="visually-hidden">Campaign results</caption>
        <thead role="rowgroup" className="visually-hidden-narrow">
          <tr role="row">
            <th scope="col" role="columnheader">Recorded</th>
            <th scope="col" role="columnheader">Source</th>
            <th scope="col" role="columnheader" className="num">Purchases</th>
            <th scope="col" role="columnheader" className="num">Revenue</th>
            <th scope="col" role="columnheader"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {sortResults(rows).map((row) => (
            <tr key={row.id} role="row">
              <th scope="row" role="rowheader">{formatDateTime(row.created_at, timeZone)}</th>
              <td role="cell" data-label="Source"><span className={`result-source result-source--${row.source ?? 'unknown'}`}>{sourceLabel(row.source)}</span></td>
              <td role="cell" data-label="Purchases" className="num">{formatNumber(row.purchase)}</td>
              <td role="cell" data-label="Revenue" className="num">{formatMoney(row.revenue, currency)}</td>
              <td role="cell" className="results-table__actions">
                {row.source === 'manual' ? (
                  <button
                    type="button"
                    className="button button--ghost"
                    aria-label={`Delete the manual adjustment of ${formatCount(row.purchase, 'purchase', 'purchases')}, ${formatMoney(row.revenue, currency)}`}
                    onClick={() => onDelete(row)}
                  >
                    Delete
                  </button>
                ) : (
                  <span className="muted" title="Rows of the attribution job cannot be deleted here">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
