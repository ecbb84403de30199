// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { setupMockApi } from '../../src/testing/msw';
import { allRecords, campaignsOf, updateEvent } from '../db/events';
import { mockOptions } from '../db/store';
import type { CampaignRow, EventRow } from '../db/event-types';
import { callJson, errorFields, signIn, type ErrorBody, type Session } from './contract-client';

setupMockApi();

const ACME = 'partner-id-acme';
let acme: Session;
beforeEach(async () => { acme = await signIn(); });

const find = (pred: (r: EventRow) => boolean) => allRecords(ACME).find((r) => pred(r.row))?.row.id ?? '';
const put = (path: string) => callJson<ErrorBody>(acme, path, { method: 'PUT' });
const row = async (eid: string) => (await callJson<EventRow>(acme, `/events/${eid}`)).body;
type Suggestion = { tc: string; tc_run_id: string };

describe('campaigns, clusters, suggestions', () => {
  it('lists the event’s campaigns in an envelope', async () => {
    const eid = find((r) => r.campaign_status === 'RUNNING');
    const { status, body } = await callJson<{ total: number; items: CampaignRow[] }>(acme, `/events/${eid}/campaigns?page=1&limit=10`);
    expect(status).toBe(200);
    expect(body.total).toBe(campaignsOf(ACME, eid).length);
    expect(body.items[0]).toMatchObject({ eid, status: expect.stringMatching(/RUNNING|PAUSED/), creative: { headline: expect.any(String), body: expect.any(String) } });
    const { body: clusters } = await callJson<{ tc_run_id: number; clusters: { tc: string }[] }>(acme, `/events/${eid}/clusters`);
    for (const c of body.items) expect(clusters.clusters.map((x) => x.tc)).toContain(c.tc);
  });

  it('clusters: metric 0–5, shares summing below 1, best first', async () => {
    const eid = find(() => true);
    const { body } = await callJson<{ tc_run_id: number; clusters: { metric_pred: number; size_share: number; reach_estimate: number }[] }>(acme, `/events/${eid}/clusters`);
    expect(body.tc_run_id).toEqual(expect.any(Number));
    expect(body.clusters.length).toBeGreaterThanOrEqual(5);
    const metrics = body.clusters.map((c) => c.metric_pred);
    expect(metrics).toEqual([...metrics].sort((a, b) => b - a));
    for (const c of body.clusters) expect(c.metric_pred).toBeGreaterThanOrEqual(0);
    for (const c of body.clusters) expect(c.metric_pred).toBeLessThanOrEqual(5);
    expect(body.clusters.reduce((s, c) => s + c.size_share, 0)).toBeLessThanOrEqual(1);
  });

  it('suggested_tcs: more budget → more clusters; the goal changes the order; validated', async () => {
    const eid = find(() => true);
    const get = async (q: string) => (await callJson<Suggestion[]>(acme, `/events/${eid}/suggested_tcs?${q}`)).body;
    const small = await get('budget=500&goal=UTILIZATION');
    const big = await get('budget=6000&goal=UTILIZATION');
    expect(small.length).toBeLessThan(big.length);
    expect(big.slice(0, small.length)).toEqual(small);
    expect(small[0]?.tc_run_id).toEqual(expect.any(String));
    expect(await get('budget=6000&goal=UTILIZATION')).toEqual(big);
    const reach = await get('budget=6000&goal=VISIBILITY');
    expect(reach.map((s) => s.tc)).not.toEqual(big.map((s) => s.tc));
    const bad = await callJson<ErrorBody>(acme, `/events/${eid}/suggested_tcs?budget=-1&goal=FAME`);
    expect(bad.status).toBe(400);
    expect(errorFields(bad.body)).toEqual(['budget', 'goal']);
  });

  it('default_campaigns_parameters: goal, budget, dates up to the event, suggested clusters', async () => {
    const eid = find((r) => r.campaign_status === 'OPEN');
    const { body } = await callJson<{ goal: string; total_budget: number; start_date: string; end_date: string; clusters: string[] }>(acme, `/events/${eid}/default_campaigns_parameters`);
    expect(body.goal).toBe('UTILIZATION');
    expect(body.total_budget).toBeGreaterThan(0);
    expect(body.start_date >= '2026-11-20').toBe(true);
    expect(body.end_date).toBe((await row(eid)).start_date_time.slice(0, 10));
    const { body: suggested } = await callJson<Suggestion[]>(acme, `/events/${eid}/suggested_tcs?budget=${body.total_budget}&goal=UTILIZATION`);
    expect(body.clusters).toEqual(suggested.map((s) => s.tc));
  });
});

describe('campaign writes', () => {
  it('client_campaign_status PAUSED/RUNNING: task SUCCESS, campaigns and the row follow', async () => {
    const eid = find((r) => r.campaign_status === 'RUNNING' && r.has_active_campaigns);
    expect((await callJson(acme, `/events/${eid}/client_campaign_status/task`)).status).toBe(404);
    expect((await put(`/events/${eid}/client_campaign_status?client_campaign_status=PAUSED`)).status).toBe(204);
    expect((await callJson(acme, `/events/${eid}/client_campaign_status/task`)).body).toEqual({ state: 'SUCCESS' });
    expect(await row(eid)).toMatchObject({ client_campaign_status: 'PAUSED', has_active_campaigns: false });
    const paused = (await callJson<{ items: CampaignRow[] }>(acme, `/events/${eid}/campaigns`)).body.items;
    expect(paused.every((c) => c.status !== 'RUNNING')).toBe(true);
    expect(paused.some((c) => c.status === 'PAUSED')).toBe(true);
    expect((await callJson<{ active: number }>(acme, `/events/${eid}/statistics`)).body.active).toBe(0);
    expect((await put(`/events/${eid}/client_campaign_status?client_campaign_status=RUNNING`)).status).toBe(204);
    expect(await row(eid)).toMatchObject({ client_campaign_status: 'RUNNING', has_active_campaigns: true });
    expect(errorFields((await put(`/events/${eid}/client_campaign_status?client_campaign_status=STOP`)).body)).toEqual(['client_campaign_status']);
  });

  it('RUNNING on an open upcoming event starts campaigns from the defaults; past events are 422', async () => {
    const eid = find((r) => r.campaign_status === 'OPEN');
    const { body: defaults } = await callJson<{ clusters: string[] }>(acme, `/events/${eid}/default_campaigns_parameters`);
    expect((await put(`/events/${eid}/client_campaign_status?client_campaign_status=RUNNING`)).status).toBe(204);
    expect(await row(eid)).toMatchObject({ campaign_status: 'RUNNING', client_campaign_status: 'RUNNING', has_active_campaigns: true });
    const { body } = await callJson<{ items: CampaignRow[] }>(acme, `/events/${eid}/campaigns`);
    expect(body.items.map((c) => c.tc)).toEqual(defaults.clusters);
    expect((await callJson<{ running: number }>(acme, '/events/statistics?campaign_status=RUNNING')).body.running).toBeGreaterThan(0);
    const past = find((r) => r.campaign_status === 'CLOSED');
    const refused = await put(`/events/${past}/client_campaign_status?client_campaign_status=RUNNING`);
    expect(refused).toEqual({ status: 422, body: { message: 'error.campaign.event_in_past' } });
  });

  it('RUNNING on a cancelled upcoming event is 422; PAUSED is taken', async () => {
    const eid = find((r) => r.campaign_status === 'OPEN');
    updateEvent('partner-id-acme', eid, { status: 'cancelled' });
    expect(await put(`/events/${eid}/client_campaign_status?client_campaign_status=RUNNING`)).toEqual({ status: 422, body: { message: 'error.campaign.event_cancelled' } });
    expect((await put(`/events/${eid}/client_campaign_status?client_campaign_status=PAUSED`)).status).toBe(204);
  });

  it('started campaigns add up to the total budget the defaults offered, for every event without campaigns', async () => {
    const bare = allRecords(ACME).filter((r) => r.meta.startMs > mockOptions().now.getTime() && r.row.campaign_status === 'OPEN' && campaignsOf(ACME, r.row.id).length === 0);
    expect(bare.length).toBeGreaterThan(5);
    for (const { row: event } of bare) {
      const { body: defaults } = await callJson<{ total_budget: number }>(acme, `/events/${event.id}/default_campaigns_parameters`);
      expect((await put(`/events/${event.id}/client_campaign_status?client_campaign_status=RUNNING`)).status).toBe(204);
      const { body } = await callJson<{ items: CampaignRow[] }>(acme, `/events/${event.id}/campaigns`);
      expect(body.items.reduce((sum, c) => sum + (c.budget ?? 0), 0)).toBe(defaults.total_budget);
    }
  });

  it('optimisation toggles persist and validate', async () => {
    const eid = find((r) => r.campaign_optimisation_status === 'ON' && r.ad_campaign_optimisation_status === 'ON');
    expect((await put(`/events/${eid}/campaign_optimisation_status?campaign_optimisation_status=OFF`)).status).toBe(204);
    expect((await put(`/events/${eid}/ad_campaign_optimisation_status?ad_campaign_optimisation_status=OFF`)).status).toBe(204);
    expect(await row(eid)).toMatchObject({ campaign_optimisation_status: 'OFF', ad_campaign_optimisation_status: 'OFF' });
    expect((await put(`/events/${eid}/campaign_optimisation_status?campaign_optimisation_status=off`)).status).toBe(400);
    expect((await put('/events/evt_nope/campaign_optimisation_status?campaign_optimisation_status=ON')).status).toBe(404);
  });

  it('init sets OPEN; reset removes the campaigns and sets OPEN', async () => {
    const ignored = find((r) => r.campaign_status === 'IGNORED' && r.start_date_time > '2026-11-20');
    expect((await put(`/events/${ignored}/init_campaigns_setup`)).status).toBe(204);
    expect((await row(ignored)).campaign_status).toBe('OPEN');
    const eid = find((r) => r.campaign_status === 'RUNNING');
    const statsBefore = (await callJson<{ running: number; open: number }>(acme, '/campaigns/statistics')).body;
    expect((await put(`/events/${eid}/reset_campaigns_setup`)).status).toBe(204);
    expect(await row(eid)).toMatchObject({ campaign_status: 'OPEN', has_active_campaigns: false, campaign_stop_time: null });
    expect((await callJson<{ total: number }>(acme, `/events/${eid}/campaigns`)).body.total).toBe(0);
    expect((await callJson<{ spent: number; campaigns: number }>(acme, `/events/${eid}/statistics`)).body).toMatchObject({ spent: 0, campaigns: 0 });
    const statsAfter = (await callJson<{ running: number; open: number }>(acme, '/campaigns/statistics')).body;
    expect(statsAfter.running).toBe(statsBefore.running - 1);
    expect(statsAfter.open).toBe(statsBefore.open + 1);
  });
});
