// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { setupMockApi } from '../../src/testing/msw';
import { addSalesRows } from '../db/daily-sales';
import { allRecords, frontendUpdateLog } from '../db/events';
import { resetMock } from '../db/store';
import type { EventRow } from '../db/event-types';
import { callJson, errorFields, signIn, type ErrorBody, type Session } from './contract-client';

setupMockApi();

const ACME = 'partner-id-acme';
let acme: Session;
beforeEach(async () => { acme = await signIn(); });

const find = (pred: (r: EventRow) => boolean) => allRecords(ACME).find((r) => pred(r.row))?.row.id ?? '';
const cr = (path: string, init: { method: string; json?: unknown; partnerId?: string }) =>
  fetch(`http://localhost/cr-api${path}`, {
    method: init.method,
    headers: { Authorization: `Bearer ${acme.token}`, 'X-Preferred-Partner-Id': init.partnerId ?? ACME, 'Content-Type': 'application/json' },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });

interface Ticket { id: string; name: string; type: string; price: number; capacity: number | null; sold: number; revenue: number }
interface Summary { currency: string; days: { date: string; revenue: number; tickets: number }[]; manual_adjustments: unknown[] }

describe('event reads', () => {
  it('GET /events/{eid}: the row, or 404 with the contract envelope', async () => {
    const eid = find(() => true);
    const { status, body } = await callJson<EventRow>(acme, `/events/${eid}`);
    expect(status).toBe(200);
    expect(body.id).toBe(eid);
    expect(await callJson(acme, '/events/evt_nope')).toEqual({ status: 404, body: { message: 'error.event.not_found' } });
  });

  it('tickets, daily summary and statistics agree', async () => {
    const eid = find((r) => r.campaign_status === 'CLOSED' && r.status === 'active');
    const { body: tickets } = await callJson<Ticket[]>(acme, `/events/${eid}/tickets`);
    const { body: summary } = await callJson<Summary>(acme, `/daily_revenue_summary/?event_id=${eid}&currency=EUR`);
    const { body: stats } = await callJson<{ revenue: number; purchases: number; currency: string }>(acme, `/events/${eid}/statistics`);
    const sum = (xs: number[]) => xs.reduce((s, x) => s + Math.round(x * 100), 0) / 100;
    expect(tickets.length).toBeGreaterThan(0);
    expect(tickets[0]).toMatchObject({ id: 'tc_1', type: 'regular' });
    for (const t of tickets) expect(t.revenue).toBeCloseTo(t.sold * t.price, 2);
    expect(stats.purchases).toBe(tickets.reduce((s, t) => s + t.sold, 0));
    expect(stats.purchases).toBe(summary.days.reduce((s, d) => s + d.tickets, 0));
    expect(stats.revenue).toBe(sum(tickets.map((t) => t.revenue)));
    expect(stats.revenue).toBe(sum(summary.days.map((d) => d.revenue)));
    expect(summary.currency).toBe(stats.currency);
    const ranged = await callJson<Summary>(acme, `/daily_revenue_summary/?event_id=${eid}&start_date=${summary.days[1]?.date}&end_date=${summary.days[2]?.date}`);
    expect(ranged.body.days).toEqual(summary.days.slice(1, 3));
  });

  it('ingested rows show up in tickets (new types too), statistics and the graph', async () => {
    const eid = find((r) => r.start_date_time > '2026-12-15' && r.start_date_time < '2027-03-01');
    const before = (await callJson<{ purchases: number }>(acme, `/events/${eid}/statistics`)).body.purchases;
    addSalesRows(ACME, eid, [{ date: '2026-11-18', ticket_type: 'student', tickets: 12, revenue: 240 }]);
    const { body: tickets } = await callJson<Ticket[]>(acme, `/events/${eid}/tickets`);
    expect(tickets.at(-1)).toEqual({ id: 'tc_student', name: 'Student', type: 'student', price: 20, capacity: null, sold: 12, revenue: 240 });
    expect((await callJson<{ purchases: number }>(acme, `/events/${eid}/statistics`)).body.purchases).toBe(before + 12);
  });

  it('benchmark: `now` in the unit of the row (fraction or percent); null without a prediction', async () => {
    const pct = find((r) => (r.benchmark?.prediction?.value ?? 0) > 1.5);
    const frac = find((r) => (r.benchmark?.prediction?.value ?? 2) < 1.5);
    const none = find((r) => r.benchmark === null);
    const { body: p } = await callJson<{ now: number; prediction: { value: number } }>(acme, `/events/${pct}/benchmark`);
    expect(p.prediction.value).toBeGreaterThan(1.5);
    expect(p.now).toBeGreaterThan(1.5);
    const { body: f } = await callJson<{ now: number; state: string }>(acme, `/events/${frac}/benchmark`);
    expect(f.now).toBeLessThanOrEqual(1.5);
    expect(['above', 'below']).toContain(f.state);
    expect((await callJson(acme, `/events/${none}/benchmark`)).body).toMatchObject({ prediction: null, state: null });
    const { body: graph } = await callJson<{ sales: { norm_tickets_sold_avg: number | null }[] }>(acme, `/events/${none}/sales-graph`);
    expect(graph.sales.every((s) => s.norm_tickets_sold_avg === null)).toBe(true);
  });

  it('every read of an event carries `now` in its benchmark, as GET /benchmark answers it, ingests included [ours]', async () => {
    const eid = find((r) => r.benchmark !== null && r.start_date_time < '2026-11-01' && r.status === 'active' && r.frontend_status === 'DEFAULT');
    const pct = find((r) => (r.benchmark?.prediction?.value ?? 0) > 1.5 && r.frontend_status === 'DEFAULT' && r.status === 'active');
    for (const id of [eid, pct]) {
      const { body: b } = await callJson<{ now: number }>(acme, `/events/${id}/benchmark`);
      const { body: one } = await callJson<EventRow>(acme, `/events/${id}`);
      const { body: page } = await callJson<{ items: EventRow[] }>(acme, `/events/?q=${id}`);
      expect(one.benchmark?.now).toBe(b.now);
      expect(page.items.map((r) => r.benchmark?.now)).toEqual([b.now]);
    }
    const before = (await callJson<EventRow>(acme, `/events/${eid}`)).body.benchmark?.now ?? 0;
    addSalesRows(ACME, eid, [{ date: '2026-10-30', ticket_type: 'regular', tickets: 100_000, revenue: 1 }]);
    const { body: after } = await callJson<{ now: number }>(acme, `/events/${eid}/benchmark`);
    expect(after.now).toBeGreaterThan(before);
    expect((await callJson<EventRow>(acme, `/events/${eid}`)).body.benchmark?.now).toBe(after.now);
    // no benchmark, nothing to carry it
    const none = find((r) => r.benchmark === null);
    expect((await callJson<EventRow>(acme, `/events/${none}`)).body.benchmark).toBeNull();
  });

  it('sales-graph: "today" is the partner\'s (Berlin) day, as for the sales ingest', async () => {
    resetMock({ now: new Date('2026-11-20T23:30:00Z') }); // 00:30 on 21 November in Berlin
    const upcoming = allRecords(ACME).find((r) => r.meta.startMs > Date.parse('2026-12-10T00:00:00Z'))!.row.id;
    const { body } = await callJson<{ sales: { mapped_date: string; norm_tickets_sold_current: number | null }[] }>(acme, `/events/${upcoming}/sales-graph`);
    const sold = body.sales.filter((s) => s.norm_tickets_sold_current !== null);
    expect(sold.at(-1)?.mapped_date).toBe('2026-11-21');
  });
});

describe('the frontend-status two-step', () => {
  it('setup_frontend_status persists into the row and the list filters', async () => {
    const eid = find((r) => r.frontend_status === 'DEFAULT' && r.status === 'active');
    expect((await callJson(acme, `/events/${eid}/setup_frontend_status`, { method: 'PUT', json: { frontend_status: 'HIDDEN' } })).status).toBe(204);
    expect((await callJson<EventRow>(acme, `/events/${eid}`)).body.frontend_status).toBe('HIDDEN');
    const hidden = await callJson<{ items: EventRow[]; total: number }>(acme, `/events/?frontend_status=HIDDEN&q=${eid}`);
    expect(hidden.body.items.map((e) => e.id)).toEqual([eid]);
    const bad = await callJson<ErrorBody>(acme, `/events/${eid}/setup_frontend_status`, { method: 'PUT', json: { frontend_status: 'PINNED' } });
    expect(bad.status).toBe(400);
    expect(errorFields(bad.body)).toEqual(['frontend_status']);
  });

  it('CR last_updated_on_fe stamps the event and is logged', async () => {
    const eid = find(() => true);
    const res = await cr(`/events/last_updated_on_fe/${eid}`, { method: 'PUT', json: { status: 'RUNNING' } });
    expect(res.status).toBe(204);
    expect(frontendUpdateLog(ACME)).toEqual([{ partnerId: ACME, eid, status: 'RUNNING', at: expect.any(String) }]);
    expect((await callJson<EventRow>(acme, `/events/${eid}`)).body.last_updated_on_fe).toBe(frontendUpdateLog(ACME)[0]?.at);
    expect((await cr(`/events/last_updated_on_fe/${eid}`, { method: 'PUT', json: {} })).status).toBe(400);
    expect((await cr('/events/last_updated_on_fe/evt_nope', { method: 'PUT', json: { status: 'X' } })).status).toBe(404);
    expect((await cr(`/events/last_updated_on_fe/${eid}`, { method: 'PUT', json: { status: 'X' }, partnerId: 'partner-id-solo' })).status).toBe(403);
  });
});

describe('CR PUT /events/{eid}', () => {
  const q = '?event_type=fdlive&partner_product=lookout';

  it('edits the meta fields; the edit shows in reads, venues and filters', async () => {
    const eid = find((r) => r.status === 'active');
    const res = await cr(`/events/${eid}${q}`, { method: 'PUT', json: { title: 'Neu: Gala', capacity: 999, venue_name: 'Kesselhaus', hall_name: 'Main Hall', city: 'Augsburg', start_date_time: '2027-01-05T19:00:00+01:00' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: eid, title: 'Neu: Gala', capacity: 999, start_date_time: '2027-01-05T18:00:00Z' });
    expect((await callJson<EventRow>(acme, `/events/${eid}`)).body.city).toBe('Augsburg');
    const { body: venues } = await callJson<{ id: string }[]>(acme, '/events/venues?city=Augsburg');
    expect(venues.map((v) => v.id)).toEqual(['vh_kesselhaus_main']);
    const page = await callJson<{ items: EventRow[] }>(acme, '/events/?vh=vh_kesselhaus_main&since=2027-01-05&until=2027-01-05');
    expect(page.body.items.map((e) => e.id)).toEqual([eid]);
  });

  it('422 on a foreign product, 400 with field names on bad input', async () => {
    const eid = find(() => true);
    const wrong = await cr(`/events/${eid}?event_type=prisma&partner_product=wave`, { method: 'PUT', json: { title: 'x' } });
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toMatchObject({ message: 'error.event.partner_product_mismatch' });
    expect((await cr(`/events/${eid}?event_type=other&partner_product=lookout`, { method: 'PUT', json: {} })).status).toBe(400);
    const bad = await cr(`/events/${eid}${q}`, { method: 'PUT', json: { title: ' ', capacity: 12.5, start_date_time: '05.01.2027' } });
    expect(bad.status).toBe(400);
    expect(errorFields((await bad.json()) as ErrorBody)).toEqual(['title', 'start_date_time', 'capacity']);
    expect((await cr(`/events/${eid}${q}`, { method: 'PUT', json: { capacity: -3 } })).status).toBe(400);
    expect((await callJson<EventRow>(acme, `/events/${eid}`)).body.title).not.toBe(' ');
  });
});
