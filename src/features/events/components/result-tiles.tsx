import { KpiTile } from '@/components/ui/kpi-tile';
import { formatMoneyForTile, formatNumber, formatRatio } from '@/lib/format';
import { KPI_LABELS, roasHint } from '@/lib/kpi-labels';
import type { EventStatistics } from '../api/schemas';

/** Ticket revenue, ad spend, ROAS and tickets sold of an `/events/statistics` answer (the overview's portfolio, a list's events). */
export function ResultTiles({ stats: s, currency }: { stats: EventStatistics; currency: string | null | undefined }) {
  return (
    <>
      <KpiTile label={KPI_LABELS.revenue} {...formatMoneyForTile(s.revenue, currency)} />
      <KpiTile label={KPI_LABELS.spent} {...formatMoneyForTile(s.spent, currency)} />
      <KpiTile label={KPI_LABELS.roas} value={formatRatio(s.roas)} hint={roasHint(s.roas, s.spent)} />
      <KpiTile label={KPI_LABELS.purchases} value={formatNumber(s.purchases)} />
    </>
  );
}
