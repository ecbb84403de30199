// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { setupMockApi } from '../../src/testing/msw';
import { allRecords } from '../db/events';
import { mockOptions } from '../db/store';
import type { EventRow } from '../db/event-types';
import { callJson, errorFields, signIn, type ErrorBody, type Session } from './contract-client';

setupMockApi();

const ACME = 'partner-id-acme';
let acme: Session;
beforeEach(async () => { acme = await signIn(); });

interface Page { total: number; limit: number; page: number; pages: number; items: EventRow[] }
const rows = () => allRecords(ACME).map((r) => r.row);
const series = async (eid: string) => (await callJson<Page>(acme, `/events/${eid}/series?limit=1000`)).body;
const row = async (eid: string) => (await callJson<EventRow>(acme, `/events/${eid}`)).body;

describe('series', () => {
  it('GET /events/{eid}/series: the siblings as an envelope (limit up to 1000)', async () => {
    const tour = rows().find((r) => r.campaign_event_series.length >= 3);
    const page = await series(tour?.id ?? '');
    expect(page.limit).toBe(1000);
    expect(page.total).toBe(tour?.campaign_event_series.length);
    expect(page.items.map((e) => e.id).sort()).toEqual([...(tour?.campaign_event_series ?? [])].sort());
    const starts = page.items.map((e) => e.start_date_time);
    expect(starts).toEqual([...starts].sort());
    const paged = (await callJson<Page>(acme, `/events/${tour?.id}/series?limit=1`)).body;
    expect(paged.pages).toBe(tour?.campaign_event_series.length);
  });

  it('POST with repeated event_series links both sides; DELETE unlinks both', async () => {
    const [a, b, c] = rows().filter((r) => r.campaign_event_series.length === 0);
    const ids = [a?.id ?? '', b?.id ?? '', c?.id ?? ''];
    const post = await callJson(acme, `/events/${ids[0]}/series?event_series=${ids[1]}&event_series=${ids[2]}`, { method: 'POST' });
    expect(post.status).toBe(204);
    expect((await row(ids[0] ?? '')).campaign_event_series).toEqual([ids[1], ids[2]]);
    expect((await row(ids[1] ?? '')).campaign_event_series).toEqual([ids[0]]);
    expect((await series(ids[2] ?? '')).items.map((e) => e.id)).toEqual([ids[0]]);
    const del = await callJson(acme, `/events/${ids[1]}/series?event_series=${ids[0]}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect((await row(ids[0] ?? '')).campaign_event_series).toEqual([ids[2]]);
    expect((await row(ids[1] ?? '')).campaign_event_series).toEqual([]);
  });

  it('rejects missing, unknown, foreign and self ids with 400; unknown event 404', async () => {
    const eid = rows()[0]?.id ?? '';
    const foreign = allRecords('partner-id-bravo')[0]?.row.id ?? '';
    const missing = await callJson<ErrorBody>(acme, `/events/${eid}/series`, { method: 'POST' });
    expect(missing.status).toBe(400);
    expect(errorFields(missing.body)).toEqual(['event_series']);
    const bad = await callJson<ErrorBody>(acme, `/events/${eid}/series?event_series=evt_nope&event_series=${foreign}&event_series=${eid}`, { method: 'POST' });
    expect(bad.status).toBe(400);
    expect(bad.body.validation_errors?.map((e) => [e.code, e.row])).toEqual([['not_found', 0], ['not_found', 1], ['self_reference', 2]]);
    expect((await callJson(acme, `/events/${foreign}`)).status).toBe(404);
    expect((await callJson(acme, `/events/evt_nope/series?event_series=${eid}`, { method: 'POST' })).status).toBe(404);
  });

  it('available_events_for_series: same partner, not linked, not itself; q and pages', async () => {
    const tour = rows().find((r) => r.campaign_event_series.length >= 2);
    const eid = tour?.id ?? '';
    const all = (await callJson<Page>(acme, `/events/${eid}/available_events_for_series?limit=50`)).body;
    expect(all.limit).toBe(50);
    expect(all.total).toBe(rows().length - 1 - (tour?.campaign_event_series.length ?? 0));
    const ids = new Set<string>();
    for (let page = 1; page <= all.pages; page++) {
      const { body } = await callJson<Page>(acme, `/events/${eid}/available_events_for_series?limit=50&page=${page}`);
      for (const e of body.items) ids.add(e.id);
    }
    expect(ids.size).toBe(all.total);
    expect(ids.has(eid)).toBe(false);
    for (const s of tour?.campaign_event_series ?? []) expect(ids.has(s)).toBe(false);
    const q = (await callJson<Page>(acme, `/events/${eid}/available_events_for_series?q=lanxess`)).body;
    expect(q.total).toBeGreaterThan(0);
    expect(q.items.every((e) => e.venue_name === 'Lanxess Arena')).toBe(true);
  });

  it('available_events_for_series lists the likely picks first: upcoming soonest first, then past latest first', async () => {
    const eid = rows()[0]?.id ?? '';
    const { body } = await callJson<Page>(acme, `/events/${eid}/available_events_for_series?limit=50`);
    const now = mockOptions().now.toISOString();
    const starts = body.items.map((e) => e.start_date_time);
    const upcoming = starts.filter((s) => s >= now);
    const past = starts.filter((s) => s < now);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(starts).toEqual([...upcoming, ...past]);
    expect(upcoming).toEqual([...upcoming].sort());
    expect(past).toEqual([...past].sort().reverse());
  });
});
