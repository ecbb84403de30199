import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeApi, type FakeApi } from '@/testing/fake-api';
import { fetchCampaignResults } from './fetchers';
import { createCampaignResult, deleteCampaignResult } from './mutations';

const fake = vi.hoisted((): FakeApi => ({ calls: [], reply: () => undefined }));
vi.mock('@/lib/api', async () => ({ api: (await import('@/testing/fake-api')).createFakeApiClient(fake, { jsonStatus: 201 }) }));

const row = { id: 'cr_1', eid: 'evt_1', partner_id: 'partner-id-acme', purchase: 3, revenue: 120, created_at: null, source: 'manual' };

beforeEach(() => resetFakeApi(fake));

describe('campaign results', () => {
  it('reads with eid and partner_id on the trailing-slash path', async () => {
    fake.reply = () => [row];
    await expect(fetchCampaignResults({ eid: 'evt_1', partnerId: 'partner-id-acme' })).resolves.toEqual([row]);
    expect(fake.calls[0]?.url).toBe('/api/v3/campaign_results/?eid=evt_1&partner_id=partner-id-acme');
  });

  it('creates by query string, no body', async () => {
    fake.reply = () => row;
    await createCampaignResult({ eid: 'evt_1', partnerId: 'partner-id-acme', purchase: 3, revenue: 120 });
    expect(fake.calls).toEqual([
      { url: '/api/v3/campaign_results/?eid=evt_1&partner_id=partner-id-acme&purchase=3&revenue=120', method: 'POST', body: undefined },
    ]);
  });

  it('deletes by id', async () => {
    await deleteCampaignResult('cr_1');
    expect(fake.calls).toEqual([{ url: '/api/v3/campaign_results/?id=cr_1', method: 'DELETE', body: undefined }]);
  });
});
