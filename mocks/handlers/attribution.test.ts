// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { setupMockApi } from '../../src/testing/msw';
import type { CampaignResultRow } from '../db/campaign-results';
import { allRecords, campaignsOf } from '../db/events';
import { callJson, errorFields, signIn, type ErrorBody, type Session } from './contract-client';

setupMockApi();

const ACME = 'partner-id-acme';
let acme: Session;
beforeEach(async () => { acme = await signIn(); });

const closed = () => allRecords(ACME).find((r) => r.row.campaign_status === 'CLOSED' && campaignsOf(ACME, r.row.id).some((c) => c.status === 'COMPLETED'))?.row.id ?? '';
const results = async (q: string) => callJson<CampaignResultRow[]>(acme, `/campaign_results/?${q}`);

describe('campaign results', () => {
  it('GET: automated rows for closed events with campaigns; partner_id must be the header’s', async () => {
    const eid = closed();
    const { status, body } = await results(`eid=${eid}&partner_id=${ACME}`);
    expect(status).toBe(200);
    expect(body[0]).toEqual({ id: expect.stringMatching(/^cr_/), eid, partner_id: ACME, purchase: expect.any(Number), revenue: expect.any(Number), created_at: expect.any(String), source: 'automated' });
    expect((await results(`eid=${eid}&partner_id=partner-id-bravo`)).status).toBe(403);
    expect((await results('eid=evt_nope')).status).toBe(404);
    const all = (await results(`partner_id=${ACME}`)).body;
    expect(all.length).toBeGreaterThan(20);
    expect(new Set(all.map((r) => r.source))).toEqual(new Set(['automated', 'manual']));
    const open = allRecords(ACME).find((r) => r.row.campaign_status === 'OPEN')?.row.id ?? '';
    expect((await results(`eid=${open}`)).body).toEqual([]);
  });

  it('POST adds a manual row (201) that shows in GET, the daily summary and ROAS; DELETE removes it', async () => {
    const eid = closed();
    const roasBefore = (await callJson<{ roas: number | null; spent: number }>(acme, `/events/${eid}/statistics`)).body;
    const created = await callJson<CampaignResultRow>(acme, `/campaign_results/?eid=${eid}&partner_id=${ACME}&purchase=12&revenue=540.5`, { method: 'POST' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ eid, partner_id: ACME, purchase: 12, revenue: 540.5, source: 'manual' });
    expect((await results(`eid=${eid}&partner_id=${ACME}`)).body.map((r) => r.id)).toContain(created.body.id);
    const summary = await callJson<{ manual_adjustments: CampaignResultRow[] }>(acme, `/daily_revenue_summary/?event_id=${eid}`);
    expect(summary.body.manual_adjustments).toContainEqual(created.body);
    const roasAfter = (await callJson<{ roas: number }>(acme, `/events/${eid}/statistics`)).body.roas;
    expect(roasAfter).toBeCloseTo((roasBefore.roas ?? 0) + 540.5 / roasBefore.spent, 1);
    expect((await callJson(acme, `/campaign_results/?id=${created.body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await results(`eid=${eid}`)).body.map((r) => r.id)).not.toContain(created.body.id);
    expect((await callJson(acme, `/campaign_results/?id=${created.body.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await callJson(acme, '/campaign_results/', { method: 'DELETE' })).status).toBe(400);
  });

  it('POST validates purchase, revenue, eid and partner_id', async () => {
    const eid = closed();
    const bad = await callJson<ErrorBody>(acme, `/campaign_results/?eid=${eid}&purchase=-1&revenue=abc`, { method: 'POST' });
    expect(bad.status).toBe(400);
    expect(errorFields(bad.body)).toEqual(['purchase', 'revenue']);
    expect(errorFields((await callJson<ErrorBody>(acme, `/campaign_results/?eid=${eid}&purchase=1.5&revenue=-2`, { method: 'POST' })).body)).toEqual(['purchase', 'revenue']);
    expect(errorFields((await callJson<ErrorBody>(acme, '/campaign_results/?purchase=1&revenue=2', { method: 'POST' })).body)).toEqual(['eid']);
    expect((await callJson(acme, '/campaign_results/?eid=evt_nope&purchase=1&revenue=2', { method: 'POST' })).status).toBe(404);
    expect((await callJson(acme, `/campaign_results/?eid=${eid}&partner_id=partner-id-bravo&purchase=1&revenue=2`, { method: 'POST' })).status).toBe(403);
    const foreign = allRecords('partner-id-bravo')[0]?.row.id ?? '';
    expect((await callJson(acme, `/campaign_results/?eid=${foreign}&purchase=1&revenue=2`, { method: 'POST' })).status).toBe(404);
  });
});

describe('attribution model and daily revenue summary', () => {
  it('attribution_model defaults to FD; PUT validates and persists', async () => {
    const eid = closed();
    expect((await callJson(acme, `/events/${eid}/attribution_model`)).body).toEqual({ model: 'FD' });
    expect(await callJson(acme, `/events/${eid}/attribution_model`, { method: 'PUT', json: { model: 'META' } })).toEqual({ status: 200, body: { model: 'META' } });
    expect((await callJson(acme, `/events/${eid}/attribution_model`)).body).toEqual({ model: 'META' });
    const bad = await callJson<ErrorBody>(acme, `/events/${eid}/attribution_model`, { method: 'PUT', json: { model: 'fd' } });
    expect(bad.status).toBe(400);
    expect(errorFields(bad.body)).toEqual(['model']);
  });

  it('daily_revenue_summary/ validates event_id and dates', async () => {
    expect(errorFields((await callJson<ErrorBody>(acme, '/daily_revenue_summary/')).body)).toEqual(['event_id']);
    expect(errorFields((await callJson<ErrorBody>(acme, `/daily_revenue_summary/?event_id=${closed()}&start_date=2026-13-01`)).body)).toEqual(['start_date']);
    expect((await callJson(acme, '/daily_revenue_summary/?event_id=evt_nope')).status).toBe(404);
  });
});
