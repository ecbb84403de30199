import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { waveQueries } from '../api/queries';
import type { Day } from '@/lib/dates';
import type { ClusterInfo } from '../lib/clusters';
import type { WaveLock } from '../lib/event-phase';
import { CampaignsTable } from './campaigns-table';

export function CampaignsPanel({ eid, currency, clusters, locked, today }: {
  eid: string;
  currency: string | null;
  clusters: readonly ClusterInfo[] | undefined;
  /** why no campaigns can be started any more (see waveLock) */
  locked: WaveLock;
  /** the partner's day */
  today: Day;
}) {
  const campaigns = useQuery(waveQueries.campaigns(eid));
  const begun = locked?.begun ?? false;
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
          <p><strong>{begun ? 'No campaigns ran for this event.' : 'No campaigns for this event.'}</strong></p>
          <p className="muted">
            {begun
              ? 'Campaigns can only be started before an event.'
              : locked ? `${locked.sentence}, so campaigns cannot be started.`
              : 'Start campaigns with Delivery in the controls above. The audience suggestions show which clusters fit a budget and goal.'}
          </p>
        </div>
      ) : (
        <CampaignsTable campaigns={campaigns.data} clusters={clusters} currency={currency} today={today} />
      )}
    </section>
  );
}
