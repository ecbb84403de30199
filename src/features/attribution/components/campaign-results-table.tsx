import { formatDateTime, formatMoney, formatNumber } from '@/lib/format';
import type { CampaignResult } from '@/lib/schemas/campaign-result';

const SOURCE_LABELS: Record<string, string> = { automated: 'Automated', manual: 'Manual' };
const sourceLabel = (source: string | null) => (source ? SOURCE_LABELS[source] ?? source : 'Unknown');

/** Newest first (rows without a date last). */
export function sortResults(rows: readonly CampaignResult[]): CampaignResult[] {
  return [...rows].sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
}

/** The campaign result rows: date, source, purchases, revenue; manual rows can be deleted. */
export function CampaignResultsTable({ rows, currency, timeZone, onDelete }: {
  rows: readonly CampaignResult[];
  currency: string;
  timeZone: string;
  onDelete: (row: CampaignResult) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table results-table">
        <caption className="visually-hidden">Campaign results</caption>
        <thead>
          <tr>
            <th scope="col">Recorded</th>
            <th scope="col">Source</th>
            <th scope="col" className="num">Purchases</th>
            <th scope="col" className="num">Revenue</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {sortResults(rows).map((row) => (
            <tr key={row.id}>
              <td>{formatDateTime(row.created_at, timeZone)}</td>
              <td><span className={`result-source result-source--${row.source ?? 'unknown'}`}>{sourceLabel(row.source)}</span></td>
              <td className="num">{formatNumber(row.purchase)}</td>
              <td className="num">{formatMoney(row.revenue, currency)}</td>
              <td className="results-table__actions">
                {row.source === 'manual' ? (
                  <button
                    type="button"
                    className="button button--ghost"
                    aria-label={`Delete the manual adjustment of ${formatNumber(row.purchase)} purchases, ${formatMoney(row.revenue, currency)}`}
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
