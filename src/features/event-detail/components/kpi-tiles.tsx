import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { formatMoney, formatNumber, formatRatio } from '@/lib/format';
import { eventDetailQueries } from '../api/queries';
import type { EventKpis } from '../api/schemas';

interface Tile { key: string; label: string; value: (k: EventKpis, currency: string | null) => string; title?: (k: EventKpis, currency: string | null) => string }

const TILES: Tile[] = [
  { key: 'revenue', label: 'Revenue', value: (k, c) => formatMoney(k.revenue, c, { short: true }), title: (k, c) => formatMoney(k.revenue, c) },
  { key: 'purchases', label: 'Purchases', value: (k) => formatNumber(k.purchases) },
  { key: 'spent', label: 'Spend', value: (k, c) => formatMoney(k.spent, c, { short: true }), title: (k, c) => formatMoney(k.spent, c) },
  { key: 'roas', label: 'ROAS', value: (k) => formatRatio(k.roas) },
  { key: 'campaigns', label: 'Campaigns', value: (k) => formatNumber(k.campaigns) },
  { key: 'active', label: 'Active campaigns', value: (k) => formatNumber(k.active) },
];

/** The event's campaign KPIs (`/statistics`); a missing number is "—". */
export function KpiTiles({ eid, currency }: { eid: string; currency: string | null }) {
  const query = useQuery(eventDetailQueries.kpis(eid));
  if (query.error && !query.data) {
    return <ErrorPanel title="Could not load the campaign KPIs" error={query.error} onRetry={() => void query.refetch()} />;
  }
  const kpis = query.data;
  const money = kpis?.currency ?? currency;
  return (
    <dl className="kpi-tiles" aria-busy={query.isFetching}>
      {TILES.map((t) => (
        <div key={t.key} className="kpi-tile">
          <dt>{t.label}</dt>
          <dd title={kpis && t.title ? t.title(kpis, money) : undefined}>
            {kpis ? t.value(kpis, money) : <Skeleton height="1.6rem" width="5rem" label={`Loading ${t.label}`} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}
