import { api } from '@/lib/api';
import { eventPath, fetchClientCampaignTask, type Options } from './fetchers';
import type { ClientCampaignTask, SettableClientCampaignStatus, SettableOptimisationStatus } from './schemas';

/** The wave switches share one form: PUT /events/{eid}/{field}?{field}=value (204). */
function putEventSwitch(eid: string, field: string, value: string, signal: AbortSignal | undefined): Promise<void> {
  return api.send({ method: 'PUT', path: eventPath(eid, `/${field}`), query: { [field]: value }, signal });
}

/** PUT ?client_campaign_status=… (204); then read `fetchClientCampaignTask` once. */
export function setClientCampaignStatus(
  eid: string,
  status: SettableClientCampaignStatus,
  { signal }: Options = {},
): Promise<void> {
  return putEventSwitch(eid, 'client_campaign_status', status, signal);
}

/** The task behind a client_campaign_status change answered FAILURE. */
export class CampaignTaskFailedError extends Error {
  override readonly name = 'CampaignTaskFailedError';
  constructor(readonly requested: SettableClientCampaignStatus) {
    super(`The server could not ${requested === 'PAUSED' ? 'pause' : 'resume'} the campaigns.`);
  }
}

/**
 * Pause or resume all campaigns: the PUT, then one read of the task. Resolves with the task
 * state (SUCCESS, or PENDING/STARTED while the server still applies it); rejects when either
 * call fails or the task answered FAILURE.
 */
export async function changeClientCampaignStatus(
  eid: string,
  status: SettableClientCampaignStatus,
  options: Options = {},
): Promise<ClientCampaignTask['state']> {
  await setClientCampaignStatus(eid, status, options);
  const task = await fetchClientCampaignTask(eid, options);
  if (task.state === 'FAILURE') throw new CampaignTaskFailedError(status);
  return task.state;
}

/** PUT ?campaign_optimisation_status=ON|OFF (204). */
export function setCampaignOptimisationStatus(
  eid: string,
  status: SettableOptimisationStatus,
  { signal }: Options = {},
): Promise<void> {
  return putEventSwitch(eid, 'campaign_optimisation_status', status, signal);
}

/** PUT ?ad_campaign_optimisation_status=ON|OFF (204). */
export function setAdCampaignOptimisationStatus(
  eid: string,
  status: SettableOptimisationStatus,
  { signal }: Options = {},
): Promise<void> {
  return putEventSwitch(eid, 'ad_campaign_optimisation_status', status, signal);
}

/** PUT /events/{eid}/init_campaigns_setup (204): campaign_status becomes OPEN. */
export function initCampaignsSetup(eid: string, { signal }: Options = {}): Promise<void> {
  return api.send({ method: 'PUT', path: eventPath(eid, '/init_campaigns_setup'), signal });
}

/** PUT /events/{eid}/reset_campaigns_setup (204): removes the event's campaigns; status OPEN. */
export function resetCampaignsSetup(eid: string, { signal }: Options = {}): Promise<void> {
  return api.send({ method: 'PUT', path: eventPath(eid, '/reset_campaigns_setup'), signal });
}
