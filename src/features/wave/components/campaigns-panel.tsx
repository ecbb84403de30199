import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { waveQueries } from '../api/queries';
import type { ClusterInfo } from '../lib/clusters';
import { CampaignsTable } from './campaigns-table';

export function CampaignsPanel({ eid, currency, clusters, over }: {
  eid: string;
  currency: string | null;
  clusters: readonly ClusterInfo[] | undefined;
  /** the event has started or ended: no campaigns can be started any more */
  over: boolean;
}) {
  const campaigns = useQuery(waveQueries.campaigns(eid));
  const placeholder = <Skeleton height={212} label="Loading campaigns" />;
  return (
    <section className="card wave-panel" aria-labelledby="wave-campaigns-title">
      <h2 id="wave-campaigns-title">Campaigns</h2>
      {campaigns.isPending ? (
        placeholder
      ) : campaigns.data === undefined ? (
        <ErrorPanel error={campaigns.error} title="Could not load the campaigns" onRetry={() => void campaigns.refetch()} holds={placeholder} />
      ) : campaigns.data.length === 0 ? (
        <div className="empty-state wave-empty">
          <p><strong>{over ? 'No campaigns ran for this event.' : 'No campaigns for this event.'}</strong></p>
          <p className="muted">
            {over
              ? 'Campaigns can only be started before an event.'
              : 'Start campaigns with Delivery in the controls above. The audience suggestions show which clusters fit a budget and goal.'}
          </p>
        </div>
      ) : (
        <CampaignsTable campaigns={campaigns.data} clusters={clusters} currency={currency} />
      )}
    </section>
  );
}
