import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { KpiTile, KpiTilesSkeleton } from '@/components/ui/kpi-tile';
import { formatNumber } from '@/lib/format';
import { eventQueries } from '../api/queries';

/**
 * Campaign counts (`/campaigns/statistics`: events the list shows by default, hidden ones not
 * counted); each links to its list when `linkTo` is given, which shows the same number.
 */
export function CampaignKpis({ linkTo, title = 'Campaigns' }: { linkTo?: string; title?: string }) {
  const stats = useQuery(eventQueries.campaignStatistics());
  const href = (status?: string) => (linkTo ? `${linkTo}?${status ? `campaign_status=${status}&` : ''}range=all` : undefined);
  const placeholder = <KpiTilesSkeleton count={5} label="Loading campaign figures" compact />;
  return (
    <section className="overview-panel" aria-labelledby="campaign-kpis">
      <h2 id="campaign-kpis">{title}</h2>
      {/* the API's words, said once (contract §7); static, so nothing moves when the counts come */}
      <p className="muted overview-panel__scope">
        Open: ready for campaigns, none started. Running: campaigns started (delivery may be paused in
        Wave). Closed: the event is over. Ignored: left out of campaigns.
      </p>
      {stats.isPending ? (
        placeholder
      ) : stats.data === undefined ? (
        <ErrorPanel title="Could not load the campaign figures" error={stats.error} onRetry={() => void stats.refetch()} holds={placeholder} />
      ) : (
        <div className="kpi-grid kpi-grid--compact">
          <KpiTile label="All events" value={formatNumber(stats.data.total)} to={href()} />
          <KpiTile label="Running" value={formatNumber(stats.data.running)} to={href('RUNNING')} />
          <KpiTile label="Open" value={formatNumber(stats.data.open)} to={href('OPEN')} />
          <KpiTile label="Closed" value={formatNumber(stats.data.closed)} to={href('CLOSED')} />
          <KpiTile label="Ignored" value={formatNumber(stats.data.ignored)} to={href('IGNORED')} />
        </div>
      )}
    </section>
  );
}
