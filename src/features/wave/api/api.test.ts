import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeApi, type FakeApi } from '@/testing/fake-api';
import { fetchCampaigns, fetchSuggestedTcs } from './fetchers';
import {
  CampaignTaskFailedError,
  changeClientCampaignStatus,
  resetCampaignsSetup,
  setAdCampaignOptimisationStatus,
  setCampaignOptimisationStatus,
  setClientCampaignStatus,
} from './mutations';
import { campaignSchema, clientCampaignTaskSchema } from './schemas';

const fake = vi.hoisted((): FakeApi => ({ calls: [], reply: () => undefined }));
vi.mock('@/lib/api', async () => ({ api: (await import('@/testing/fake-api')).createFakeApiClient(fake) }));

beforeEach(() => resetFakeApi(fake));

const campaign = (tc: string) => ({ eid: 'evt_1', tc, tc_run_id: 42, status: 'RUNNING', budget: 1500 });

describe('wave writes use query strings, no body', () => {
  it.each([
    [() => setClientCampaignStatus('evt_1', 'PAUSED'), '/api/v3/events/evt_1/client_campaign_status?client_campaign_status=PAUSED'],
    [() => setCampaignOptimisationStatus('evt_1', 'OFF'), '/api/v3/events/evt_1/campaign_optimisation_status?campaign_optimisation_status=OFF'],
    [() => setAdCampaignOptimisationStatus('evt_1', 'ON'), '/api/v3/events/evt_1/ad_campaign_optimisation_status?ad_campaign_optimisation_status=ON'],
    [() => resetCampaignsSetup('evt_1'), '/api/v3/events/evt_1/reset_campaigns_setup'],
  ])('%#', async (run, url) => {
    await run();
    expect(fake.calls).toEqual([{ url, method: 'PUT', body: undefined }]);
  });
});

describe('fetchCampaigns', () => {
  it('reads pages until it has `total` items (the answer has no `pages`)', async () => {
    fake.reply = (url) =>
      url.searchParams.get('page') === '1'
        ? { total: 3, items: [campaign('a'), campaign('b')] }
        : { total: 3, items: [campaign('c')] };
    const items = await fetchCampaigns('evt_1');
    expect(items.map((c) => c.tc)).toEqual(['a', 'b', 'c']);
    expect(fake.calls.map((c) => c.url)).toEqual([
      '/api/v3/events/evt_1/campaigns?page=1&limit=50',
      '/api/v3/events/evt_1/campaigns?page=2&limit=50',
    ]);
  });

  it('stops on an empty page', async () => {
    fake.reply = () => ({ total: 10, items: [] });
    await expect(fetchCampaigns('evt_1')).resolves.toEqual([]);
    expect(fake.calls).toHaveLength(1);
  });
});

describe('fetchSuggestedTcs', () => {
  it('sends budget and goal; tc_run_id is a string here', async () => {
    fake.reply = () => [{ tc: 'german_metal_diehards', tc_run_id: '42' }];
    await expect(fetchSuggestedTcs('evt_1', { budget: 5000, goal: 'UTILIZATION' })).resolves.toEqual([
      { tc: 'german_metal_diehards', tc_run_id: '42' },
    ]);
    expect(fake.calls[0]?.url).toBe('/api/v3/events/evt_1/suggested_tcs?budget=5000&goal=UTILIZATION');
  });
});

describe('wave schemas tolerate unknown values', () => {
  it('campaign status and missing optional fields', () => {
    expect(campaignSchema.parse({ eid: 'e', tc: 't', status: 'SOMETHING_NEW' })).toEqual({
      eid: 'e', tc: 't', tc_run_id: null, status: 'SOMETHING_NEW', budget: null, spent: null,
      start_date: null, end_date: null, creative: null,
    });
  });

  it('task state', () => {
    expect(clientCampaignTaskSchema.parse({ state: 'REVOKED' }).state).toBe('REVOKED');
  });
});

describe('changeClientCampaignStatus', () => {
  const taskUrl = '/api/v3/events/evt_1/client_campaign_status/task';

  it('PUT, then exactly one task read; resolves with the state', async () => {
    fake.reply = (url) => (url.pathname.endsWith('/task') ? { state: 'SUCCESS' } : undefined);
    await expect(changeClientCampaignStatus('evt_1', 'PAUSED')).resolves.toBe('SUCCESS');
    expect(fake.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'PUT /api/v3/events/evt_1/client_campaign_status?client_campaign_status=PAUSED',
      `GET ${taskUrl}`,
    ]);
  });

  it('a FAILURE task rejects', async () => {
    fake.reply = (url) => (url.pathname.endsWith('/task') ? { state: 'FAILURE' } : undefined);
    await expect(changeClientCampaignStatus('evt_1', 'RUNNING')).rejects.toBeInstanceOf(CampaignTaskFailedError);
  });

  it('a failing task read is not retried silently (the UI offers retry)', async () => {
    fake.reply = (url) => (url.pathname.endsWith('/task') ? new Response('{}', { status: 500 }) : undefined);
    await expect(changeClientCampaignStatus('evt_1', 'PAUSED')).rejects.toMatchObject({ status: 500 });
    expect(fake.calls.filter((c) => c.url === taskUrl)).toHaveLength(1);
  });
});
