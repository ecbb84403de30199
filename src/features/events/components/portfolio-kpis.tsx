import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/ui/error-panel';
import { HeldSize } from '@/components/ui/held-size';
import { KpiTilesSkeleton } from '@/components/ui/kpi-tile';
import { formatNumber } from '@/lib/format';
import { env } from '@/config/env';
import { overviewQueries } from '../lib/overview-queries';
import type { EventStatistics } from '../api/schemas';
import { ResultTiles } from './result-tiles';

const COUNTS = [
  { key: 'open', label: 'open', status: 'OPEN' },
  { key: 'running', label: 'running', status: 'RUNNING' },
  { key: 'closed', label: 'closed', status: 'CLOSED' },
] as const;

/** Events counted in `total` but in none of the three statuses: ignored, or no campaign (named so beside the Campaigns page's "Ignored"). */
function otherCount(s: EventStatistics): number | null {
  if (s.total === null || COUNTS.some((c) => s[c.key] === null)) return null;
  const rest = s.total - COUNTS.reduce((sum, c) => sum + (s[c.key] ?? 0), 0);
  return rest > 0 ? rest : null;
}

function PortfolioTiles({ stats: s, currency }: { stats: EventStatistics; currency: string | null | undefined }) {
  const other = otherCount(s);
  return (
    <div className="kpi-grid">
      <ResultTiles stats={s} currency={currency} />
      <div className="kpi-tile kpi-tile--wide">
        <span className="kpi-tile__label">Events by campaign status <span className="muted">(of {formatNumber(s.total)})</span></span>
        <div className="kpi-tile__counts">
          {COUNTS.map((c) => (
            <Link key={c.key} to={`/events?campaign_status=${c.status}&range=all`} className="kpi-tile__count">
              <span className="kpi-tile__value">{formatNumber(s[c.key])}</span> {c.label}
            </Link>
          ))}
          {other !== null && (
            <span className="kpi-tile__count" title="Campaigns ignored, or no campaign set up yet">
              <span className="kpi-tile__value">{formatNumber(other)}</span> ignored or none
            </span>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * Nothing to show: no (visible) events, or no figure at all (the contract lets each be null, and
 * the mock answers so for no events). Only a count of 0 says "no events"; all-null says less.
 */
function emptyTitle(s: EventStatistics): string | null {
  if (s.total === 0) return 'No events to count yet.';
  const figures = [s.total, s.open, s.running, s.closed, s.revenue, s.spent, s.purchases];
  return figures.every((v) => v === null) ? 'No portfolio figures yet.' : null;
}

/** Revenue, spend, ROAS, purchases and the open/running/closed counts (`/events/statistics`). */
export function PortfolioKpis({ fallbackCurrency }: { fallbackCurrency: string | null | undefined }) {
  const stats = useQuery(overviewQueries(env.partnerTimeZone).statistics);
  const placeholder = <KpiTilesSkeleton count={5} wideLast label="Loading portfolio figures" />;
  return (
    <section className="overview-panel" aria-labelledby="portfolio-kpis">
      <h2 id="portfolio-kpis">Portfolio</h2>
      {/* what the figures cover: hiding an event changes them, which surprised a new user */}
      {/* static (there while loading too): in the ROAS tile's hint it made the tile grow when the figures came */}
      <p className="muted overview-panel__scope">Every date, past and upcoming. Hidden events are not counted. ROAS covers the events with campaign results.</p>
      {stats.isPending ? (
        placeholder
      ) : stats.data === undefined ? (
        <ErrorPanel title="Could not load the portfolio figures" error={stats.error} onRetry={() => void stats.refetch()} holds={placeholder} />
      ) : emptyTitle(stats.data) ? (
        <HeldSize holds={placeholder}>
          <div className="card empty-state overview-panel__empty">
            <p><strong>{emptyTitle(stats.data)}</strong></p>
            <p className="muted">Events and their figures appear here once Future Demand has them from your ticketing system.</p>
            <Link to="/events?hidden=1&range=all">Show hidden events</Link>
          </div>
        </HeldSize>
      ) : (
        <PortfolioTiles stats={stats.data} currency={stats.data.currency ?? fallbackCurrency} />
      )}
    </section>
  );
}
