/**
 * Campaign writes (contract §4.4). Decisions [ours]: `client_campaign_status=RUNNING` on an
 * upcoming event without campaigns starts them from default_campaigns_parameters (one campaign
 * per default cluster, budget split evenly) and sets campaign_status RUNNING — the Wave wizard's
 * "start"; on a past or cancelled event it is refused (422), pausing stays allowed. PAUSED/RUNNING flips the campaigns between
 * PAUSED and RUNNING. Reset also clears client_campaign_status.
 */
import { defaultCampaignParameters } from './clusters';
import type { CampaignRow } from './event-types';
import { campaignsOf, eventTable, findRecord, setCampaigns, syncCampaignFields } from './events';
import { mockOptions } from './store';

export type WriteResult = 'ok' | 'not_found' | 'event_in_past' | 'event_cancelled';

export function setClientCampaignStatus(partnerId: string, eid: string, status: 'RUNNING' | 'PAUSED'): WriteResult {
  const rec = findRecord(partnerId, eid);
  if (!rec) return 'not_found';
  const upcoming = rec.meta.startMs > mockOptions().now.getTime();
  if (status === 'RUNNING' && !upcoming) return 'event_in_past';
  if (status === 'RUNNING' && (rec.row.status === 'cancelled' || rec.row.frontend_status === 'CANCELLED')) return 'event_cancelled';
  let campaigns = campaignsOf(partnerId, eid);
  if (status === 'RUNNING' && !campaigns.some((c) => c.status === 'RUNNING' || c.status === 'PAUSED')) {
    const params = defaultCampaignParameters(partnerId, eid);
    const clusters = params?.clusters.length ? params.clusters : ['general'];
    // whole units per cluster, the remainder on the first: they add up to the total the user confirmed
    const total = params?.total_budget ?? 1000;
    const each = Math.floor(total / clusters.length);
    const start = params?.start_date ?? '';
    const created = clusters.map((tc, i): CampaignRow => ({
      id: `${eid}_w${campaigns.length + i + 1}`, eid, tc, tc_run_id: rec.meta.tcRunId, status: 'RUNNING',
      budget: i === 0 ? total - each * (clusters.length - 1) : each, spent: 0,
      start_date: start, end_date: params?.end_date ?? start,
      creative: { headline: `${rec.row.title} live in ${rec.row.city ?? ''}`.trim(), body: `Jetzt Tickets sichern: ${rec.row.title}.` },
    }));
    campaigns = [...campaigns, ...created];
  } else {
    const from = status === 'RUNNING' ? 'PAUSED' : 'RUNNING';
    campaigns = campaigns.map((c) => (c.status === from ? { ...c, status } : c));
  }
  setCampaigns(partnerId, eid, campaigns);
  rec.row.client_campaign_status = status;
  if (status === 'RUNNING') rec.row.campaign_status = 'RUNNING';
  eventTable(partnerId).tasks.set(eid, { state: 'SUCCESS', requested: status });
  return 'ok';
}

export const campaignTask = (partnerId: string, eid: string) => eventTable(partnerId).tasks.get(eid);

export function initCampaignsSetup(partnerId: string, eid: string): boolean {
  const rec = findRecord(partnerId, eid);
  if (!rec) return false;
  rec.row.campaign_status = 'OPEN';
  return true;
}

export function resetCampaignsSetup(partnerId: string, eid: string): boolean {
  const rec = findRecord(partnerId, eid);
  if (!rec) return false;
  setCampaigns(partnerId, eid, []);
  rec.row.campaign_status = 'OPEN';
  rec.row.client_campaign_status = null;
  syncCampaignFields(partnerId, eid);
  return true;
}
