// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupMockApi } from '../../src/testing/msw';
import { call, callJson, errorFields, signIn, type ErrorBody, type Session } from './contract-client';
import { evaluateClusters, buildClusterProfiles, type EvaluationSettings } from '../db/backhaul-evaluation';
import { backhaulEvaluationSchema, backhaulSettingsSchema, packageSchema, packagesSchema } from '../../src/features/backhaul/api/schemas';

type Pkg = { id: string; title: string; status: string; created_at: string; events: { id: string; title: string }[] };
type Evaluation = { status: string; evaluated_at: string | null; clusters: Record<string, { customers: number; items: number; purchase: number }> };

setupMockApi({ reevaluationSeconds: 2 });

let acme: Session;
beforeEach(async () => {
  acme = await signIn();
});
afterEach(() => {
  vi.useRealTimers();
});

const P = '/package_builder/packages';
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
const totalCustomers = (e: Evaluation) => Object.values(e.clusters).reduce((sum, c) => sum + c.customers, 0);

describe('GET /package_builder/packages/', () => {
  it('lists the partner’s packages in every status, newest first', async () => {
    const { status, body } = await callJson<Pkg[]>(acme, `${P}/`);
    expect(status).toBe(200);
    expect(body.length).toBeGreaterThanOrEqual(10);
    expect(packagesSchema.parse(body)).toEqual(body);
    expect(new Set(body.map((p) => p.status))).toEqual(new Set(['INITIALIZING', 'INPROGRESS', 'DONE', 'FAILED', 'EXPIRED']));
    for (const p of body) {
      expect(p).toEqual({ id: expect.any(String), title: expect.any(String), status: expect.any(String), created_at: expect.any(String), events: expect.any(Array) });
      expect(new Date(p.created_at).toISOString()).toBe(p.created_at);
    }
    expect(body.map((p) => p.created_at)).toEqual([...body.map((p) => p.created_at)].sort().reverse());
    expect(body.find((p) => p.id === 'pkg_555')?.events[0]).toEqual({ id: expect.stringMatching(/^evt_/), title: expect.any(String) });
  });

  it('is scoped to the header partner', async () => {
    const bravo = await callJson<Pkg[]>(acme, `${P}/`, { partnerId: 'partner-id-bravo' });
    expect(bravo.body.map((p) => p.id).sort()).toEqual(['pkg_601', 'pkg_602']);
    const solo = await callJson<Pkg[]>(await signIn('solo', 'solo', 'partner-id-solo'), `${P}/`);
    expect(solo).toEqual({ status: 200, body: [] });
  });

  it('keeps trailing slashes significant (§2)', async () => {
    expect((await call(acme, P)).status).toBe(404);
    expect((await call(acme, `${P}/pkg_555/`)).status).toBe(404);
    expect((await call(acme, `${P}/pkg_555/backhaul_evaluation/`)).status).toBe(404);
    expect((await call(acme, '/partners/partner-id-acme/backhaul_attribution_details/')).status).toBe(404);
  });

  it('answers 401 without a token and 403 for a partner the user lacks', async () => {
    expect((await call(acme, `${P}/`, { auth: false })).status).toBe(401);
    expect((await call(acme, `${P}/`, { partnerId: 'partner-id-solo' })).status).toBe(403);
    expect((await call(acme, `${P}/`, { partnerId: null })).status).toBe(403);
  });

  it('advances INITIALIZING and INPROGRESS packages to DONE in real time after the first read', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const status = async (id: string) => (await callJson<Pkg>(acme, `${P}/${id}`)).body.status;
    expect(await status('pkg_558')).toBe('INITIALIZING');
    expect(await status('pkg_557')).toBe('INPROGRESS');
    expect((await callJson<Evaluation>(acme, `${P}/pkg_558/backhaul_evaluation`)).body).toEqual({ status: 'PENDING', evaluated_at: null, clusters: {} });
    later(2_100);
    expect(await status('pkg_558')).toBe('INPROGRESS');
    later(2_000);
    expect(await status('pkg_558')).toBe('DONE');
    expect(await status('pkg_557')).toBe('DONE');
    const evaluation = (await callJson<Evaluation>(acme, `${P}/pkg_558/backhaul_evaluation`)).body;
    expect(evaluation.status).toBe('DONE');
    expect(totalCustomers(evaluation)).toBeGreaterThan(0);
  });
});

describe('GET /package_builder/packages/{id}', () => {
  it('answers one package, 404 for unknown ids and for another partner’s package', async () => {
    const { status, body } = await callJson<Pkg>(acme, `${P}/pkg_555`);
    expect(status).toBe(200);
    expect(packageSchema.parse(body)).toEqual(body);
    expect(body).toMatchObject({ id: 'pkg_555', title: 'Summer open-air 2026', status: 'DONE' });
    const missing = await callJson<ErrorBody>(acme, `${P}/pkg_nope`);
    expect(missing).toEqual({ status: 404, body: { message: 'error.package.not_found' } });
    expect((await call(acme, `${P}/pkg_601`)).status).toBe(404);
    expect((await call(acme, `${P}/pkg_nope/backhaul_evaluation`)).status).toBe(404);
    expect((await call(acme, `${P}/pkg_nope/backhaul_evaluation_details`)).status).toBe(404);
  });
});

describe('backhaul evaluation', () => {
  it('has clusters for DONE packages, an empty DONE package, and FAILED ones', async () => {
    const done = (await callJson<Evaluation>(acme, `${P}/pkg_555/backhaul_evaluation`)).body;
    expect(backhaulEvaluationSchema.parse(done)).toEqual(done);
    expect(done.status).toBe('DONE');
    expect(new Date(done.evaluated_at ?? '').toISOString()).toBe(done.evaluated_at);
    for (const [tc, c] of Object.entries(done.clusters)) {
      expect(tc).toMatch(/^[a-z0-9_]+$/); // catalog keys such as nostalgia_90s_crowd
      expect(c.items).toBeGreaterThanOrEqual(c.customers);
      expect(c.purchase).toBeGreaterThan(c.items);
    }
    expect((await callJson<Evaluation>(acme, `${P}/pkg_564/backhaul_evaluation`)).body).toMatchObject({ status: 'DONE', clusters: {} });
    expect((await callJson<Evaluation>(acme, `${P}/pkg_559/backhaul_evaluation`)).body).toMatchObject({ status: 'FAILED', clusters: {} });
    expect((await callJson<Evaluation>(acme, `${P}/pkg_560/backhaul_evaluation`)).body).toMatchObject({ status: 'FAILED', clusters: {} });
  });

  it('PUT settings stores them, answers PENDING with the old clusters, then DONE with new numbers', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const before = (await callJson<Evaluation>(acme, `${P}/pkg_555/backhaul_evaluation`)).body;
    const settings: EvaluationSettings = { backhaul_evaluation_attribution_window: 90, backhaul_evaluation_model: 'ALL_PURCHASES', email_sent_date: '2026-11-01' };
    expect(await callJson(acme, `${P}/pkg_555/backhaul_evaluation_details`, { method: 'PUT', json: settings })).toEqual({ status: 200, body: settings });
    const stored = (await callJson(acme, `${P}/pkg_555/backhaul_evaluation_details`)).body;
    expect(backhaulSettingsSchema.parse(stored)).toEqual(settings);

    later(1_000);
    const pending = backhaulEvaluationSchema.parse((await callJson(acme, `${P}/pkg_555/backhaul_evaluation`)).body);
    expect(pending).toEqual({ ...before, status: 'PENDING' });

    later(1_100);
    const after = (await callJson<Evaluation>(acme, `${P}/pkg_555/backhaul_evaluation`)).body;
    expect(after.status).toBe('DONE');
    expect(Object.keys(after.clusters)).toEqual(Object.keys(before.clusters));
    expect(totalCustomers(after)).toBeGreaterThan(totalCustomers(before));
    expect(after.evaluated_at! > before.evaluated_at!).toBe(true);
  });

  it('re-evaluating the FAILED evaluation succeeds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const current = (await callJson<EvaluationSettings>(acme, `${P}/pkg_559/backhaul_evaluation_details`)).body;
    await call(acme, `${P}/pkg_559/backhaul_evaluation_details`, { method: 'PUT', json: current });
    expect((await callJson<Evaluation>(acme, `${P}/pkg_559/backhaul_evaluation`)).body.status).toBe('PENDING');
    later(2_100);
    expect((await callJson<Evaluation>(acme, `${P}/pkg_559/backhaul_evaluation`)).body.status).toBe('DONE');
  });

  it.each([
    [{ backhaul_evaluation_attribution_window: 0 }, 'backhaul_evaluation_attribution_window'],
    [{ backhaul_evaluation_attribution_window: 400 }, 'backhaul_evaluation_attribution_window'],
    [{ backhaul_evaluation_attribution_window: 14.5 }, 'backhaul_evaluation_attribution_window'],
    [{ backhaul_evaluation_attribution_window: '14' }, 'backhaul_evaluation_attribution_window'],
    [{ backhaul_evaluation_model: 'LAST_CLICK' }, 'backhaul_evaluation_model'],
    [{ email_sent_date: '2026-02-30' }, 'email_sent_date'],
    [{ email_sent_date: '01.06.2026' }, 'email_sent_date'],
    [{ email_sent_date: undefined }, 'email_sent_date'],
    [{ email_sent_date: '2020-01-01' }, 'email_sent_date'],
  ])('PUT rejects %j with a validation error on %s and changes nothing', async (patch, field) => {
    const valid = { backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'EVENT_SERIES', email_sent_date: '2026-11-01' };
    const before = (await callJson(acme, `${P}/pkg_556/backhaul_evaluation_details`)).body;
    const { status, body } = await callJson<ErrorBody>(acme, `${P}/pkg_556/backhaul_evaluation_details`, { method: 'PUT', json: { ...valid, ...patch } });
    expect(status).toBe(400);
    expect(body.message).toBe('error.validation');
    expect(errorFields(body)).toEqual([field]);
    expect((await callJson(acme, `${P}/pkg_556/backhaul_evaluation_details`)).body).toEqual(before);
    expect((await callJson<Evaluation>(acme, `${P}/pkg_556/backhaul_evaluation`)).body.status).toBe('DONE');
  });

  it('PUT refuses an e-mail date before the package was created (too_early), accepts its creation day', async () => {
    const pkg = (await callJson<Pkg>(acme, `${P}/pkg_555`)).body;
    const created = pkg.created_at.slice(0, 10);
    const dayBefore = new Date(Date.parse(`${created}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const settings = { backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'EVENT_SERIES', email_sent_date: dayBefore };
    const refused = await callJson<ErrorBody>(acme, `${P}/pkg_555/backhaul_evaluation_details`, { method: 'PUT', json: settings });
    expect(refused.status).toBe(400);
    expect(refused.body.validation_errors).toEqual([{ code: 'too_early', field: 'email_sent_date', message: `Not before the package was created (${created})` }]);
    const accepted = await callJson(acme, `${P}/pkg_555/backhaul_evaluation_details`, { method: 'PUT', json: { ...settings, email_sent_date: created } });
    expect(accepted.status).toBe(200);
  });

  it('every seeded package’s e-mail date lies between its creation day and now', async () => {
    for (const p of (await callJson<Pkg[]>(acme, `${P}/`)).body) {
      const { email_sent_date } = (await callJson<EvaluationSettings>(acme, `${P}/${p.id}/backhaul_evaluation_details`)).body;
      expect(email_sent_date >= p.created_at.slice(0, 10), p.id).toBe(true);
      expect(email_sent_date <= '2026-11-20', p.id).toBe(true);
    }
  });

  it('PUT answers 400 for a non-JSON body and 404 for an unknown package', async () => {
    expect((await call(acme, `${P}/pkg_556/backhaul_evaluation_details`, { method: 'PUT', body: 'nope', headers: { 'Content-Type': 'application/json' } })).status).toBe(400);
    const valid = { backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'EVENT_SERIES', email_sent_date: '2026-11-01' };
    expect((await call(acme, `${P}/pkg_nope/backhaul_evaluation_details`, { method: 'PUT', json: valid })).status).toBe(404);
  });
});

describe('evaluation model', () => {
  const profiles = buildClusterProfiles('test', 5, { lead: ['jazz_night_owls'], rest: ['a_one', 'b_two', 'c_three', 'd_four', 'e_five'] });
  const now = new Date('2026-11-20T08:00:00Z');
  const total = (model: EvaluationSettings['backhaul_evaluation_model'], window: number, date = '2026-06-01') =>
    Object.values(evaluateClusters(profiles, { backhaul_evaluation_model: model, backhaul_evaluation_attribution_window: window, email_sent_date: date }, now))
      .reduce((s, c) => s + c.purchase, 0);

  it('orders models ALL_PURCHASES ≥ EVENT_SERIES ≥ EVENTS_FROM_PACKAGE for every window', () => {
    for (const w of [1, 7, 14, 30, 90, 365]) {
      expect(total('ALL_PURCHASES', w)).toBeGreaterThanOrEqual(total('EVENT_SERIES', w));
      expect(total('EVENT_SERIES', w)).toBeGreaterThanOrEqual(total('EVENTS_FROM_PACKAGE', w));
    }
    expect(total('ALL_PURCHASES', 14)).toBeGreaterThan(total('EVENTS_FROM_PACKAGE', 14));
  });

  it('grows with the window and saturates; is deterministic; counts no days after now', () => {
    const series = [1, 7, 14, 30, 60, 120, 365].map((w) => total('EVENT_SERIES', w));
    expect(series).toEqual([...series].sort((a, b) => a - b));
    expect(series[1]! / series[0]!).toBeGreaterThan(3);
    expect(series[6]! / series[5]!).toBeLessThan(1.01);
    expect(total('EVENT_SERIES', 30)).toBe(total('EVENT_SERIES', 30));
    expect(total('ALL_PURCHASES', 30, '2026-12-01')).toBe(0);
  });
});

describe('partner defaults /partners/{partner_id}/backhaul_attribution_details', () => {
  const path = '/partners/partner-id-acme/backhaul_attribution_details';

  it('reads and replaces the defaults; email_sent_date is optional', async () => {
    expect(await callJson(acme, path)).toEqual({ status: 200, body: { backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'EVENTS_FROM_PACKAGE' } });
    const next = { backhaul_evaluation_attribution_window: 21, backhaul_evaluation_model: 'ALL_PURCHASES', email_sent_date: '2026-10-01' };
    expect(await callJson(acme, path, { method: 'POST', json: next })).toEqual({ status: 200, body: next });
    expect((await callJson(acme, path)).body).toEqual(next);
    const noDate = { backhaul_evaluation_attribution_window: 7, backhaul_evaluation_model: 'EVENT_SERIES' };
    expect(await callJson(acme, path, { method: 'POST', json: { ...noDate, email_sent_date: null } })).toEqual({ status: 200, body: noDate });
  });

  it('validates like package settings', async () => {
    const { status, body } = await callJson<ErrorBody>(acme, path, { method: 'POST', json: { backhaul_evaluation_attribution_window: 366, backhaul_evaluation_model: 'EVENTS_FROM_PACKAGE', email_sent_date: 'soon' } });
    expect(status).toBe(400);
    expect(errorFields(body)).toEqual(['backhaul_evaluation_attribution_window', 'email_sent_date']);
  });

  it('answers 403 when the path partner differs from the header partner, 401 without a token', async () => {
    expect((await call(acme, '/partners/partner-id-bravo/backhaul_attribution_details')).status).toBe(403);
    const valid = { backhaul_evaluation_attribution_window: 7, backhaul_evaluation_model: 'EVENT_SERIES' };
    expect((await call(acme, '/partners/partner-id-bravo/backhaul_attribution_details', { method: 'POST', json: valid })).status).toBe(403);
    expect((await call(acme, path, { auth: false })).status).toBe(401);
    const bravo = await callJson<{ email_sent_date?: string }>(acme, '/partners/partner-id-bravo/backhaul_attribution_details', { partnerId: 'partner-id-bravo' });
    expect(bravo.body.email_sent_date).toBe('2026-03-02');
  });
});
