import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/ui/error-panel';
import { HeldSize } from '@/components/ui/held-size';
import { KpiTilesSkeleton } from '@/components/ui/kpi-tile';
import { env } from '@/config/env';
import { overviewQueries } from '../lib/overview-queries';
import type { EventStatistics } from '../api/schemas';
import { ResultTiles } from './result-tiles';

/**
 * Nothing to show: no (visible) events, or no figure at all (the contract lets each be null, and
 * the mock answers so for no events). Only a count of 0 says "no events"; all-null says less.
 */
function emptyTitle(s: EventStatistics): string | null {
  if (s.total === 0) return 'No events to count yet.';
  const figures = [s.total, s.open, s.running, s.closed, s.revenue, s.spent, s.purchases];
  return figures.every((v) => v === null) ? 'No portfolio figures yet.' : null;
}

/**
 * Revenue, spend, ROAS and purchases (`/events/statistics`). The counts by campaign status are the
 * Campaigns block's below (`/campaigns/statistics`, each a link): shown here as well, in other
 * words ("ignored or none"), they cost a phone a screen and read as two different figures.
 */
export function PortfolioKpis({ fallbackCurrency }: { fallbackCurrency: string | null | undefined }) {
  const stats = useQuery(overviewQueries(env.partnerTimeZone).statistics);
  const placeholder = <KpiTilesSkeleton count={4} label="Loading portfolio figures" />;
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
        <div className="kpi-grid">
          <ResultTiles stats={stats.data} currency={stats.data.currency ?? fallbackCurrency} />
        </div>
      )}
    </section>
  );
}
