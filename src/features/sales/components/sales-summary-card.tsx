import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { KpiTile } from '@/components/ui/kpi-tile';
import type { Day } from '@/lib/dates';
import { formatDayRange, formatMoney, formatNumber } from '@/lib/format';
import { KPI_LABELS } from '@/lib/kpi-labels';
import { salesQueries } from '../api/queries';
import { salesHistoryRange, summarizeSales } from '../lib/sales-summary';
import { TicketCategoriesTable } from './ticket-categories-table';

const TILE_LABELS = ['Days with sales', KPI_LABELS.purchases, KPI_LABELS.revenue, 'Period'] as const;

/** What is recorded for the event now: days, tickets, revenue, period, and per ticket category. */
export function SalesSummaryCard({ eid, currency, today }: { eid: string; currency: string | null; today: Day }) {
  const summary = useQuery(salesQueries.summary(eid, salesHistoryRange(today)));
  const totals = summary.data ? summarizeSales(summary.data.days) : null;
  const money = currency ?? summary.data?.currency ?? null;
  return (
    <section className="card sales-card sales-summary" aria-labelledby="sales-summary-title" aria-busy={summary.isFetching}>
      <h2 id="sales-summary-title">Recorded sales</h2>
      {summary.isPending ? (
        // the tiles' own grid with placeholder values, so the numbers arriving move nothing
        <div className="kpi-grid kpi-grid--inset kpi-grid--no-hints">
          {TILE_LABELS.map((label) => <KpiTile key={label} label={label} loading />)}
        </div>
      ) : summary.data === undefined ? (
        <ErrorPanel error={summary.error} onRetry={() => void summary.refetch()} title="Could not load the recorded sales" />
      ) : totals && totals.days === 0 ? (
        <div className="sales-empty">
          <p><strong>No sales are recorded for this event.</strong></p>
          <p className="muted">Add them below with the form, or upload a workbook.</p>
        </div>
      ) : totals ? (
        <div className="kpi-grid kpi-grid--inset kpi-grid--no-hints">
          <KpiTile label={TILE_LABELS[0]} value={formatNumber(totals.days)} />
          <KpiTile label={TILE_LABELS[1]} value={formatNumber(totals.tickets)} />
          <KpiTile label={TILE_LABELS[2]} value={formatMoney(totals.revenue, money)} />
          <KpiTile label={TILE_LABELS[3]} value={formatDayRange(totals.first, totals.last)} text />
        </div>
      ) : null}
      <TicketCategoriesTable eid={eid} currency={money} />
    </section>
  );
}
