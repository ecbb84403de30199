import type { Event } from '@/lib/schemas/event';
import { setAdCampaignOptimisationStatus, setCampaignOptimisationStatus } from '../api/mutations';
import type { Campaign } from '../api/schemas';
import type { ClusterInfo } from '../lib/clusters';
import type { Day } from '@/lib/dates';
import { firstAdDay, summarizeCampaigns } from '../lib/campaign-summary';
import type { WaveLock } from '../lib/event-phase';
import { OptimisationSwitch } from './optimisation-switch';
import { PauseResumeControl } from './pause-resume-control';
import { SetupControls } from './setup-controls';

/**
 * The campaign controls of one event; each control writes through its own serialised writer.
 * Key this component by the event id so writers never carry over to another event.
 */
export function CampaignControls({ event, readAt, locked, today, campaigns, clusters, currency }: {
  event: Event;
  /** when the event was last read (its dataUpdatedAt): a control's old error goes once it is read again */
  readAt?: number;
  /** why campaigns can no longer start, nor setup and optimisation change (see waveLock); null while they can */
  locked: WaveLock;
  /** the partner's day */
  today: Day;
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
          readAt={readAt}
          serverStatus={event.client_campaign_status}
          locked={locked}
          today={today}
          firstAdDay={campaigns && firstAdDay(campaigns, today)}
          liveCampaigns={campaigns ? summarizeCampaigns(campaigns).live : undefined}
          clusters={clusters}
          currency={currency}
        />
        <OptimisationSwitch
          eid={event.id}
          title={event.title}
          readAt={readAt}
          field="campaign_optimisation_status"
          label="Campaign optimisation"
          description="Future Demand shifts budget between audience clusters as results come in."
          serverValue={event.campaign_optimisation_status}
          write={setCampaignOptimisationStatus}
          locked={locked}
        />
        <OptimisationSwitch
          eid={event.id}
          title={event.title}
          readAt={readAt}
          field="ad_campaign_optimisation_status"
          label="Ad-level optimisation"
          description="Within each campaign, spend moves to the ads that perform best."
          serverValue={event.ad_campaign_optimisation_status}
          write={setAdCampaignOptimisationStatus}
          locked={locked}
        />
        <SetupControls eid={event.id} title={event.title} campaigns={campaigns} clusters={clusters} currency={currency} campaignStatus={event.campaign_status} locked={locked} />
      </div>
    </section>
  );
}
