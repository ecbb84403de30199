import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { KpiTile } from '@/components/ui/kpi-tile';
import { Skeleton } from '@/components/ui/skeleton';
import { formatMoney, formatNumber, formatRatio } from '@/lib/format';
import { KPI_LABELS, ROAS_HINT } from '@/lib/kpi-labels';
import { eventDetailQueries } from '../api/queries';
import type { EventKpis } from '../api/schemas';

type Money = string | null;
interface Tile { key: string; label: string; value: (k: EventKpis, currency: Money) => string; hint?: (k: EventKpis, currency: Money) => ReactNode }

const fullAmount = (v: number | null, currency: Money) => (v === null ? undefined : formatMoney(v, currency));

const TILES: Tile[] = [
  { key: 'revenue', label: KPI_LABELS.revenue, value: (k, c) => formatMoney(k.revenue, c, { short: true }), hint: (k, c) => fullAmount(k.revenue, c) },
  { key: 'purchases', label: KPI_LABELS.purchases, value: (k) => formatNumber(k.purchases) },
  { key: 'spent', label: KPI_LABELS.spent, value: (k, c) => formatMoney(k.spent, c, { short: true }), hint: (k, c) => fullAmount(k.spent, c) },
  { key: 'roas', label: KPI_LABELS.roas, value: (k) => formatRatio(k.roas), hint: () => ROAS_HINT },
  { key: 'campaigns', label: 'Campaigns', value: (k) => formatNumber(k.campaigns) },
  { key: 'active', label: 'Active campaigns', value: (k) => formatNumber(k.active) },
];

/** The event's campaign KPIs (`/statistics`), named as on the overview; a missing number is "—". */
export function KpiTiles({ eid, currency }: { eid: string; currency: string | null }) {
  const query = useQuery(eventDetailQueries.kpis(eid));
  if (query.error && !query.data) {
    return <ErrorPanel title="Could not load the campaign KPIs" error={query.error} onRetry={() => void query.refetch()} />;
  }
  const kpis = query.data;
  const money = kpis?.currency ?? currency;
  return (
    <div className="kpi-grid kpi-grid--inset" aria-busy={query.isFetching}>
      {TILES.map((t) => (
        <KpiTile
          key={t.key}
          label={t.label}
          value={kpis ? t.value(kpis, money) : <Skeleton height="1.6rem" width="5rem" label={`Loading ${t.label}`} />}
          hint={kpis ? t.hint?.(kpis, money) : undefined}
        />
      ))}
    </div>
  );
}
