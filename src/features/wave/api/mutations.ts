import { api } from '@/lib/api';
import { eventPath, type Options } from './fetchers';
import type { SettableClientCampaignStatus, SettableOptimisationStatus } from './schemas';

/** PUT ?client_campaign_status=… (204); then read `fetchClientCampaignTask` once. */
export function setClientCampaignStatus(
  eid: string,
  status: SettableClientCampaignStatus,
  { signal }: Options = {},
): Promise<void> {
  return api.send({
    method: 'PUT',
    path: eventPath(eid, '/client_campaign_status'),
    query: { client_campaign_status: status },
    signal,
  });
}

/** PUT ?campaign_optimisation_status=ON|OFF (204). */
export function setCampaignOptimisationStatus(
  eid: string,
  status: SettableOptimisationStatus,
  { signal }: Options = {},
): Promise<void> {
  return api.send({
    method: 'PUT',
    path: eventPath(eid, '/campaign_optimisation_status'),
    query: { campaign_optimisation_status: status },
    signal,
  });
}

/** PUT ?ad_campaign_optimisation_status=ON|OFF (204). */
export function setAdCampaignOptimisationStatus(
  eid: string,
  status: SettableOptimisationStatus,
  { signal }: Options = {},
): Promise<void> {
  return api.send({
    method: 'PUT',
    path: eventPath(eid, '/ad_campaign_optimisation_status'),
    query: { ad_campaign_optimisation_status: status },
    signal,
  });
}

/** PUT /events/{eid}/init_campaigns_setup (204): campaign_status becomes OPEN. */
export function initCampaignsSetup(eid: string, { signal }: Options = {}): Promise<void> {
  return api.send({ method: 'PUT', path: eventPath(eid, '/init_campaigns_setup'), signal });
}

/** PUT /events/{eid}/reset_campaigns_setup (204): removes the event's campaigns; status OPEN. */
export function resetCampaignsSetup(eid: string, { signal }: Options = {}): Promise<void> {
  return api.send({ method: 'PUT', path: eventPath(eid, '/reset_campaigns_setup'), signal });
}
