import { useState } from 'react';
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
export function CampaignControls({ event, campaigns, clusters, currency }: {
  event: Event;
  campaigns: readonly Campaign[] | undefined;
  clusters: readonly ClusterInfo[] | undefined;
  currency: string;
}) {
  const [now] = useState(() => Date.now());
  const upcoming = Date.parse(event.start_date_time) > now;
  return (
    <section className="card wave-panel" aria-labelledby="wave-controls-title">
      <h2 id="wave-controls-title">Controls</h2>
      <div className="wave-controls">
        <PauseResumeControl
          eid={event.id}
          serverStatus={event.client_campaign_status}
          canStart={upcoming}
          liveCampaigns={campaigns ? summarizeCampaigns(campaigns).live : undefined}
        />
        <OptimisationSwitch
          eid={event.id}
          label="Campaign optimisation"
          description="Future Demand shifts budget between audience clusters as results come in."
          serverValue={event.campaign_optimisation_status}
          write={setCampaignOptimisationStatus}
        />
        <OptimisationSwitch
          eid={event.id}
          label="Ad-level optimisation"
          description="Within each campaign, spend moves to the ads that perform best."
          serverValue={event.ad_campaign_optimisation_status}
          write={setAdCampaignOptimisationStatus}
        />
        <SetupControls eid={event.id} title={event.title} campaigns={campaigns} clusters={clusters} currency={currency} />
      </div>
    </section>
  );
}
