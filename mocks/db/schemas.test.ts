// @vitest-environment node
/**
 * The mock is typed by the app's own schemas (architecture rule 9): seeded data and handler
 * responses must parse through the zod schemas in src/. Drift fails here, not in a chart.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { campaignResultSchema } from '../../src/lib/schemas/campaign-result';
import { eventSchema } from '../../src/lib/schemas/event';
import { campaignStatisticsSchema, eventListSchema, eventStatisticsSchema, venuesSchema } from '../../src/features/events/api/schemas';
import {
  attributionModelSchema, benchmarkSchema, clustersSchema, dailyRevenueSchema, eventEnvelopeSchema, eventKpisSchema, salesGraphSchema, ticketsSchema,
} from '../../src/features/event-detail/api/schemas';
import { campaignPageSchema, clientCampaignTaskSchema, defaultCampaignParametersSchema, suggestedTcsSchema } from '../../src/features/wave/api/schemas';
import { campaignResultsSchema } from '../../src/features/attribution/api/schemas';
import { setupMockApi } from '../../src/testing/msw';
import { callJson, signIn, type Session } from '../handlers/contract-client';
import { allRecords } from './events';
import { resetMock } from './store';
import type { EventRow } from './event-types';

setupMockApi();

const PARTNERS = ['partner-id-acme', 'partner-id-bravo', 'partner-id-solo'];
let session: Session;
beforeEach(async () => { session = await signIn(); });

function expectParses(schema: z.ZodMiniType, value: unknown, what: string) {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${what} does not parse: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
  expect(result.success).toBe(true);
}

/** A spread of events: past/upcoming, percent/null benchmark, missing currency, every status. */
function sample(partnerId: string): EventRow[] {
  const rows = allRecords(partnerId).map((r) => r.row);
  const picks = new Map<string, EventRow>();
  const add = (r: EventRow | undefined) => { if (r) picks.set(r.id, r); };
  for (const key of ['status', 'frontend_status', 'campaign_status', 'client_campaign_status', 'category'] as const) {
    for (const value of new Set(rows.map((r) => r[key]))) add(rows.find((r) => r[key] === value));
  }
  add(rows.find((r) => r.benchmark === null));
  add(rows.find((r) => (r.benchmark?.prediction?.value ?? 0) > 1.5));
  add(rows.find((r) => r.currency === undefined));
  return [...picks.values()];
}

describe('seeded data parses through the app schemas', () => {
  it('every event row of every partner', () => {
    for (const partnerId of PARTNERS) for (const { row } of allRecords(partnerId)) expectParses(eventSchema, row, row.id);
  });
});

describe('handler responses parse through the app schemas', () => {
  it('lists, statistics, venues', async () => {
    for (const partnerId of ['partner-id-acme', 'partner-id-bravo']) {
      const get = async (path: string) => (await callJson(session, path, { partnerId })).body;
      expectParses(eventListSchema, await get('/events/?include_archived=true&limit=50'), 'list');
      expectParses(eventListSchema, await get('/events/flagged/'), 'flagged');
      expectParses(eventStatisticsSchema, await get('/events/statistics'), 'statistics');
      expectParses(campaignStatisticsSchema, await get('/campaigns/statistics'), 'campaign statistics');
      expectParses(venuesSchema, await get('/events/venues'), 'venues');
      expectParses(campaignResultsSchema, await get(`/campaign_results/?partner_id=${partnerId}`), 'campaign results');
    }
  });

  it('every per-event read, for a spread of events', async () => {
    const get = async (path: string) => (await callJson(session, path)).body;
    const events = sample('partner-id-acme');
    expect(events.length).toBeGreaterThan(10);
    for (const { id } of events) {
      expectParses(eventSchema, await get(`/events/${id}`), `event ${id}`);
      expectParses(eventKpisSchema, await get(`/events/${id}/statistics`), `statistics ${id}`);
      expectParses(benchmarkSchema, await get(`/events/${id}/benchmark`), `benchmark ${id}`);
      expectParses(salesGraphSchema, await get(`/events/${id}/sales-graph`), `sales-graph ${id}`);
      expectParses(ticketsSchema, await get(`/events/${id}/tickets`), `tickets ${id}`);
      expectParses(dailyRevenueSchema, await get(`/daily_revenue_summary/?event_id=${id}`), `daily revenue ${id}`);
      expectParses(eventEnvelopeSchema, await get(`/events/${id}/series?limit=1000`), `series ${id}`);
      expectParses(eventEnvelopeSchema, await get(`/events/${id}/available_events_for_series?q=a`), `available ${id}`);
      expectParses(clustersSchema, await get(`/events/${id}/clusters`), `clusters ${id}`);
      expectParses(suggestedTcsSchema, await get(`/events/${id}/suggested_tcs?budget=3000&goal=ROAS`), `suggested ${id}`);
      expectParses(defaultCampaignParametersSchema, await get(`/events/${id}/default_campaigns_parameters`), `defaults ${id}`);
      expectParses(campaignPageSchema, await get(`/events/${id}/campaigns`), `campaigns ${id}`);
      expectParses(attributionModelSchema, await get(`/events/${id}/attribution_model`), `attribution model ${id}`);
      expectParses(campaignResultsSchema, await get(`/campaign_results/?eid=${id}`), `campaign results ${id}`);
    }
  });

  it('write responses', async () => {
    const eid = allRecords('partner-id-acme').find((r) => r.row.campaign_status === 'RUNNING')?.row.id ?? '';
    await callJson(session, `/events/${eid}/client_campaign_status?client_campaign_status=PAUSED`, { method: 'PUT' });
    expectParses(clientCampaignTaskSchema, (await callJson(session, `/events/${eid}/client_campaign_status/task`)).body, 'task');
    const created = await callJson(session, `/campaign_results/?eid=${eid}&purchase=3&revenue=90`, { method: 'POST' });
    expectParses(campaignResultSchema, created.body, 'created campaign result');
    const edited = await fetch(`http://localhost/cr-api/events/${eid}?event_type=fdlive&partner_product=lookout`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${session.token}`, 'X-Preferred-Partner-Id': 'partner-id-acme', 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Renamed' }),
    });
    expectParses(eventSchema, await edited.json(), 'edited event');
  });
});

describe('the empty scenario parses too', () => {
  it('empty list and all-null statistics', async () => {
    resetMock({ now: new Date('2026-11-20T08:00:00Z'), scenario: 'empty' });
    expectParses(eventListSchema, (await callJson(session, '/events/')).body, 'empty list');
    expectParses(eventStatisticsSchema, (await callJson(session, '/events/statistics')).body, 'empty statistics');
    expectParses(campaignStatisticsSchema, (await callJson(session, '/campaigns/statistics')).body, 'empty campaign statistics');
  });
});
