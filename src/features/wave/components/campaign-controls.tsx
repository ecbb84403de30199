import type { Event } from '@/lib/schemas/event';
import { setAdCampaignOptimisationStatus, setCampaignOptimisationStatus } from '../api/mutations';
import type { Campaign } from '../api/schemas';
import type { ClusterInfo } from '../lib/clusters';
import { summarizeCampaigns } from '../lib/campaign-summary';
import { OptimisationSwitch } from './optimisation-switch';
import { PauseResumeControl } from './pause-resume-control';
import { SetupControls } from './setup-controls';

/**
 * The campaign controls of one event; each control writes through its own serialised writer.
 * Key this component by the event id so writers never carry over to another event.
 */
export function CampaignControls({ event, upcoming, campaigns, clusters, currency }: {
  event: Event;
  /** the event has not started yet: campaigns can start, setup and optimisation apply */
  upcoming: boolean;
  campaigns: readonly Campaign[] | undefined;
  clusters: readonly ClusterInfo[] | undefined;
  currency: string | null;
}) {
  return (
    <section className="card wave-panel" aria-labelledby="wave-controls-title">
      <h2 id="wave-controls-title">Controls</h2>
      <div className="wave-controls">
        <PauseResumeControl
          eid={event.id}
          title={event.title}
          serverStatus={event.client_campaign_status}
          canStart={upcoming}
          liveCampaigns={campaigns ? summarizeCampaigns(campaigns).live : undefined}
          clusters={clusters}
          currency={currency}
        />
        <OptimisationSwitch
          eid={event.id}
          field="campaign_optimisation_status"
          label="Campaign optimisation"
          description="Future Demand shifts budget between audience clusters as results come in."
          serverValue={event.campaign_optimisation_status}
          write={setCampaignOptimisationStatus}
          over={!upcoming}
        />
        <OptimisationSwitch
          eid={event.id}
          field="ad_campaign_optimisation_status"
          label="Ad-level optimisation"
          description="Within each campaign, spend moves to the ads that perform best."
          serverValue={event.ad_campaign_optimisation_status}
          write={setAdCampaignOptimisationStatus}
          over={!upcoming}
        />
        <SetupControls eid={event.id} title={event.title} campaigns={campaigns} clusters={clusters} currency={currency} campaignStatus={event.campaign_status} over={!upcoming} />
      </div>
    </section>
  );
}
