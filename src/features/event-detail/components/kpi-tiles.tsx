import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { KpiTile } from '@/components/ui/kpi-tile';
import { formatMoneyForTile, formatNumber, formatRatio } from '@/lib/format';
import { eventRoas, eventRoasHint, KPI_LABELS } from '@/lib/kpi-labels';
import { eventDetailQueries } from '../api/queries';
import type { EventKpis } from '../api/schemas';

interface TileContext { currency: string | null; deliveryPaused: boolean; attributedRevenue: number | undefined }
interface Tile { key: string; label: string; show: (k: EventKpis, context: TileContext) => { value: string; hint?: ReactNode } }

const TILES: Tile[] = [
  { key: 'revenue', label: KPI_LABELS.revenue, show: (k, { currency }) => formatMoneyForTile(k.revenue, currency) },
  { key: 'purchases', label: KPI_LABELS.purchases, show: (k) => ({ value: formatNumber(k.purchases) }) },
  { key: 'spent', label: KPI_LABELS.spent, show: (k, { currency }) => formatMoneyForTile(k.spent, currency) },
  { key: 'roas', label: KPI_LABELS.roas, show: (k, { currency, attributedRevenue }) => ({ value: formatRatio(eventRoas(k.roas, k.spent, attributedRevenue)), hint: eventRoasHint(k.roas, k.spent, currency, attributedRevenue) }) },
  { key: 'campaigns', label: 'Campaigns', show: (k) => ({ value: formatNumber(k.campaigns) }) },
  // beside "Campaign: Running" in the header, 0 active reads as a fault unless it says why
  { key: 'active', label: 'Active campaigns', show: (k, { deliveryPaused }) => ({ value: formatNumber(k.active), hint: deliveryPaused && k.active === 0 ? 'delivery paused in Wave' : undefined }) },
];

/**
 * The event's campaign KPIs (`/statistics`), named as on the overview; a missing number is "—".
 * `attributedRevenue`: the campaign results' revenue the ROAS divides (undefined while unknown).
 */
export function KpiTiles({ eid, currency, deliveryPaused = false, attributedRevenue }: {
  eid: string;
  currency: string | null;
  deliveryPaused?: boolean;
  attributedRevenue?: number | undefined;
}) {
  const query = useQuery(eventDetailQueries.kpis(eid));
  if (query.error && !query.data) {
    return <ErrorPanel title="Could not load the campaign KPIs" error={query.error} onRetry={() => void query.refetch()} />;
  }
  const kpis = query.data;
  const money = kpis?.currency ?? currency;
  return (
    <div className="kpi-grid kpi-grid--inset" aria-busy={query.isFetching}>
      {TILES.map((t) => <KpiTile key={t.key} label={t.label} {...(kpis ? t.show(kpis, { currency: money, deliveryPaused, attributedRevenue }) : { loading: true })} />)}
    </div>
  );
}
