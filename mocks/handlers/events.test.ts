// @vitest-environment node
import { getResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupMockApi } from '../../src/testing/msw';
import { allRecords, updateEvent } from '../db/events';
import type { EventRow } from '../db/event-types';
import { resetMock } from '../db/store';
import { call, callJson, errorFields, signIn, type ErrorBody, type Session } from './contract-client';
import { handlers } from './index';

setupMockApi();

interface Page { total: number; limit: number; page: number; pages: number; items: EventRow[] }
let acme: Session;
beforeEach(async () => { acme = await signIn(); });

const list = async (query: string, path = '/events/') => {
  const { status, body } = await callJson<Page>(acme, `${path}?${query}`);
  expect(status).toBe(200);
  return body;
};
const bravoEvent = () => allRecords('partner-id-bravo')[0]?.row.id ?? '';
const acmeEvent = (pred: (r: EventRow) => boolean = () => true) => allRecords('partner-id-acme').find((r) => pred(r.row))?.row.id ?? '';

describe('auth and isolation', () => {
  it('401 without a token, 403 for a partner the user lacks, 404 for another partner’s event', async () => {
    expect((await call(acme, '/events/', { auth: false })).status).toBe(401);
    expect((await callJson<ErrorBody>(acme, '/events/', { partnerId: 'partner-id-solo' })).status).toBe(403);
    expect((await call(acme, '/events/', { partnerId: null })).status).toBe(403);
    const foreign = await callJson<ErrorBody>(acme, `/events/${bravoEvent()}`);
    expect(foreign).toEqual({ status: 404, body: { message: 'error.event.not_found' } });
    const bravo = await callJson<EventRow>(acme, `/events/${bravoEvent()}`, { partnerId: 'partner-id-bravo' });
    expect(bravo.body.currency).toBe('CHF');
  });

  it('treats trailing slashes as significant', async () => {
    const req = (path: string) => new Request(`http://localhost/api/v3${path}`, { headers: { Authorization: `Bearer ${acme.token}`, 'X-Preferred-Partner-Id': acme.partnerId } });
    expect(await getResponse(handlers, req('/events'))).toBeUndefined();
    expect((await getResponse(handlers, req('/events/statistics/')))?.status).toBe(404);
    expect((await getResponse(handlers, req(`/events/${acmeEvent()}/`)))?.status).toBe(404);
    expect((await getResponse(handlers, req('/events/')))?.status).toBe(200);
  });
});

describe('GET /events/ and /events/flagged/', () => {
  it('answers the pagination envelope, limit capped at 50', async () => {
    const first = await list('limit=500');
    expect(first.limit).toBe(50);
    expect(first.items).toHaveLength(50);
    expect(first.pages).toBe(Math.ceil(first.total / 50));
    expect(first.total).toBe(allRecords('partner-id-acme').filter((r) => r.row.status !== 'archived').length);
    const second = await list('limit=50&page=2');
    expect(second.page).toBe(2);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect((await list('include_archived=true')).total).toBe(allRecords('partner-id-acme').length);
  });

  it('filters by every parameter, repeated keys as arrays', async () => {
    const cities = await list('city=Berlin&city=M%C3%BCnchen&limit=50');
    expect(new Set(cities.items.map((e) => e.city))).toEqual(new Set(['Berlin', 'München']));
    const check = async (query: string, pred: (e: EventRow) => boolean) => {
      const page = await list(`${query}&limit=50&include_archived=true`);
      expect(page.total).toBeGreaterThan(0);
      for (const e of page.items) expect(pred(e)).toBe(true);
      return page;
    };
    await check('frontend_status=DEFAULT&frontend_status=FLAGGED', (e) => ['DEFAULT', 'FLAGGED'].includes(e.frontend_status));
    await check('frontend_status=HIDDEN', (e) => e.frontend_status === 'HIDDEN');
    await check('status=cancelled', (e) => e.status === 'cancelled');
    await check('category=comedy&category=fair', (e) => e.category === 'comedy' || e.category === 'fair');
    await check('campaign_status=RUNNING', (e) => e.campaign_status === 'RUNNING');
    await check('campaigns=true', (e) => e.campaign_stop_time !== null);
    await check('q=olympiahalle', (e) => `${e.venue_name}`.toLowerCase().includes('olympiahalle'));
    // typed without the umlaut, either way, the city still matches
    const munich = await check('q=M%C3%BCnchen', (e) => `${e.title} ${e.city}`.includes('München'));
    for (const typed of ['munchen', 'muenchen']) expect((await list(`q=${typed}&limit=50&include_archived=true`)).total).toBe(munich.total);
    // word by word: each word in the title, city, venue or hall ("kiki koln": title and city)
    const kikiKoln = await check('q=kiki%20koln', (e) => e.title.includes('Kiki') && e.city === 'Köln');
    expect((await list('q=kiki%20k%C3%B6ln&limit=50&include_archived=true')).total).toBe(kikiKoln.total);
    await check('q=sauer%20live', (e) => /Sauer.*Live/.test(e.title));
    await check('since=2026-12-01&until=2026-12-31', (e) => e.start_date_time >= '2026-12-01' && e.start_date_time < '2027-01-01');
    const archived = await list('status=archived');
    expect(archived.items.every((e) => e.status === 'archived')).toBe(true);
    expect((await list('include_archived=false')).items.some((e) => e.status === 'archived')).toBe(false);
  });

  it('filters by venue/hall ids from /events/venues', async () => {
    const { body: venues } = await callJson<{ id: string; city: string }[]>(acme, '/events/venues?city=Hamburg');
    expect(venues.length).toBeGreaterThan(2);
    expect(new Set(venues.map((v) => v.city))).toEqual(new Set(['Hamburg']));
    const elphi = venues.find((v) => v.id === 'vh_elbphilharmonie_grosser_saal');
    expect(elphi).toEqual({ id: 'vh_elbphilharmonie_grosser_saal', city: 'Hamburg', venue_name: 'Elbphilharmonie', hall_name: 'Großer Saal' });
    const page = await list('vh=vh_elbphilharmonie_grosser_saal&vh=vh_olympiahalle_main&include_archived=true');
    expect(page.total).toBeGreaterThan(0);
    for (const e of page.items) expect(['Elbphilharmonie/Großer Saal', 'Olympiahalle/Main Hall']).toContain(`${e.venue_name}/${e.hall_name}`);
  });

  it('sorts by every key; flagged_to_top pins FLAGGED first', async () => {
    const starts = (await list('sort=-start_date_time')).items.map((e) => e.start_date_time);
    expect(starts).toEqual([...starts].sort().reverse());
    const titles = (await list('sort=title')).items.map((e) => e.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'de', { sensitivity: 'base' })));
    const caps = (await list('sort=-capacity')).items.map((e) => e.capacity ?? 0);
    expect(caps).toEqual([...caps].sort((a, b) => b - a));
    const gap = (e: EventRow) => {
      const p = e.benchmark?.prediction;
      if (p?.value == null || p.benchmark == null) return null;
      return (p.value - p.benchmark) / (Math.max(p.value, p.benchmark) >= 1.5 ? 100 : 1);
    };
    const gaps = (await list('sort=benchmark_gap')).items.map(gap);
    expect(gaps.every((g) => g !== null)).toBe(true);
    expect(gaps).toEqual([...gaps].sort((a, b) => (a ?? 0) - (b ?? 0)));
    const lastPage = await list('sort=benchmark_gap&page=9999');
    expect(lastPage.items).toEqual([]);
    const tail = await list(`sort=benchmark_gap&page=${(await list('sort=benchmark_gap')).pages}`);
    expect(tail.items.at(-1)?.benchmark).toBeNull();
    const pinned = (await list('flagged_to_top=true&sort=title')).items;
    const firstOther = pinned.findIndex((e) => e.frontend_status !== 'FLAGGED');
    expect(firstOther).toBeGreaterThan(0);
    expect(pinned.slice(firstOther).some((e) => e.frontend_status === 'FLAGGED')).toBe(false);
    const flagged = await list('', '/events/flagged/');
    expect(flagged.total).toBeGreaterThan(0);
    expect(flagged.items.every((e) => e.frontend_status === 'FLAGGED')).toBe(true);
  });

  it('rejects malformed dates, sorts and pages with 400 validation_errors', async () => {
    const bad = await callJson<ErrorBody>(acme, '/events/?since=2026-02-31&until=tomorrow&sort=price&page=x');
    expect(bad.status).toBe(400);
    expect(errorFields(bad.body)).toEqual(['page', 'since', 'until', 'sort']);
    expect((await callJson<ErrorBody>(acme, '/events/statistics?since=12.01.2026')).status).toBe(400);
  });
});

describe('date filters', () => {
  it('since/until are calendar days in the partner’s zone: 00:30 Berlin time is that Berlin day', async () => {
    const eid = acmeEvent();
    // 2026-06-12T22:30Z is 00:30 on 13 June in Berlin (summer time)
    updateEvent('partner-id-acme', eid, { start_date_time: '2026-06-12T22:30:00Z' });
    const ids = async (query: string) => (await list(`${query}&limit=50&include_archived=true`)).items.map((e) => e.id);
    expect(await ids('since=2026-06-13&until=2026-06-13')).toContain(eid);
    expect(await ids('since=2026-06-12&until=2026-06-12')).not.toContain(eid);
    // and winter time: 2026-12-31T23:30Z is 00:30 on 1 January 2027 in Berlin
    updateEvent('partner-id-acme', eid, { start_date_time: '2026-12-31T23:30:00Z' });
    expect(await ids('since=2027-01-01&until=2027-01-01')).toContain(eid);
    expect(await ids('since=2026-12-31&until=2026-12-31')).not.toContain(eid);
  });
});

describe('GET /events/statistics and /campaigns/statistics', () => {
  it('summarizes the filtered events consistently with the per-event statistics', async () => {
    const query = 'city=Leipzig&category=concert&include_archived=true';
    const page = await list(query);
    const { body: stats } = await callJson<Record<string, number | string | null>>(acme, `/events/statistics?${query}`);
    expect(stats.total).toBe(page.total);
    expect(stats.currency).toBe('EUR');
    let revenue = 0, purchases = 0;
    for (const e of page.items) {
      const { body } = await callJson<{ revenue: number; purchases: number }>(acme, `/events/${e.id}/statistics`);
      revenue += Math.round(body.revenue * 100);
      purchases += body.purchases;
    }
    expect(stats.revenue).toBe(revenue / 100);
    expect(stats.purchases).toBe(purchases);
    expect(stats.running).toBe(page.items.filter((e) => e.campaign_status === 'RUNNING').length);
    const { body: campaigns } = await callJson<Record<string, number>>(acme, '/campaigns/statistics');
    expect(campaigns.total).toBe((campaigns.running ?? 0) + (campaigns.open ?? 0) + (campaigns.closed ?? 0) + (campaigns.ignored ?? 0));
  });

  it('list ROAS counts only the events with campaign results, spend and revenue alike', async () => {
    type Stats = { spent: number; roas: number | null };
    const filter = 'campaigns=true';
    const { body: total } = await callJson<Stats>(acme, `/events/statistics?${filter}`);
    const ids: string[] = [];
    for (let page = 1, pages = 1; page <= pages; page++) {
      const body = await list(`${filter}&limit=50&page=${page}`);
      pages = body.pages;
      ids.push(...body.items.map((e: { id: string }) => e.id));
    }
    const per = await Promise.all(ids.map(async (id: string) => (await callJson<Stats>(acme, `/events/${id}/statistics`)).body));
    const withResults = per.filter((s) => s.roas !== null);
    // some spend is still waiting for results: a ratio over all spend would be lower
    expect(withResults.length).toBeGreaterThan(0);
    expect(withResults.length).toBeLessThan(per.filter((s) => s.spent > 0).length);
    const attributed = withResults.reduce((sum, s) => sum + (s.roas ?? 0) * s.spent, 0);
    const spent = withResults.reduce((sum, s) => sum + s.spent, 0);
    expect(total.roas).toBeCloseTo(attributed / spent, 1);
  });

  it('answers all-null statistics in the empty scenario', async () => {
    resetMock({ now: new Date('2026-11-20T08:00:00Z'), scenario: 'empty' });
    expect((await list('')).total).toBe(0);
    const { body } = await callJson<Record<string, unknown>>(acme, '/events/statistics');
    expect(Object.values(body).every((v) => v === null)).toBe(true);
    const { body: campaigns } = await callJson<Record<string, unknown>>(acme, '/campaigns/statistics');
    expect(Object.values(campaigns).every((v) => v === null)).toBe(true);
  });
});
