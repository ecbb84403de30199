import { api } from '@/lib/api';
import {
  campaignPageSchema,
  clientCampaignTaskSchema,
  defaultCampaignParametersSchema,
  suggestedTcsSchema,
  type Campaign,
  type ClientCampaignTask,
  type DefaultCampaignParameters,
  type SuggestedTc,
} from './schemas';

export interface Options {
  signal?: AbortSignal | undefined;
}

const e = encodeURIComponent;
export const eventPath = (eid: string, rest: string) => `/events/${e(eid)}${rest}`;

export const CAMPAIGN_PAGE_LIMIT = 50;
const MAX_CAMPAIGN_PAGES = 20;

/**
 * All campaigns of an event. The answer has `total` but may lack `pages`, so this reads pages
 * until it has `total` items (or a page comes back empty).
 */
export async function fetchCampaigns(eid: string, { signal }: Options = {}): Promise<Campaign[]> {
  const items: Campaign[] = [];
  for (let page = 1; page <= MAX_CAMPAIGN_PAGES; page++) {
    const answer = await api.request({
      path: eventPath(eid, '/campaigns'),
      query: { page, limit: CAMPAIGN_PAGE_LIMIT },
      schema: campaignPageSchema,
      signal,
    });
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) break;
  }
  return items;
}

export interface SuggestedTcsParams {
  budget: number;
  goal: string;
}

export function fetchSuggestedTcs(eid: string, { budget, goal }: SuggestedTcsParams, { signal }: Options = {}): Promise<SuggestedTc[]> {
  return api.request({ path: eventPath(eid, '/suggested_tcs'), query: { budget, goal }, schema: suggestedTcsSchema, signal });
}

export function fetchDefaultCampaignParameters(eid: string, { signal }: Options = {}): Promise<DefaultCampaignParameters> {
  return api.request({
    path: eventPath(eid, '/default_campaigns_parameters'),
    schema: defaultCampaignParametersSchema,
    signal,
  });
}

/**
 * Read exactly once after the PUT (no polling, and no silent retries: a failed read is shown
 * at once as "failed — retry", and the user's retry repeats PUT + read).
 */
export function fetchClientCampaignTask(eid: string, { signal }: Options = {}): Promise<ClientCampaignTask> {
  return api.request({ path: eventPath(eid, '/client_campaign_status/task'), schema: clientCampaignTaskSchema, signal, retry: false });
}
