// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { allRecords, campaignsOf, linkSeries } from './events';
import { resetMock } from './store';

const NOW = new Date('2026-11-20T08:00:00Z');
const ACME = 'partner-id-acme';
const rows = (partnerId = ACME) => allRecords(partnerId).map((r) => r.row);

beforeEach(() => resetMock({ now: NOW }));

describe('event generator', () => {
  it('is deterministic: same seed and now → same data; another seed → other data', () => {
    const first = JSON.stringify(rows());
    resetMock({ now: NOW });
    expect(JSON.stringify(rows())).toBe(first);
    resetMock({ now: NOW, seed: 7 });
    expect(JSON.stringify(rows())).not.toBe(first);
  });

  it('keeps ids stable when only `now` moves (dates shift with it)', () => {
    const ids = rows().map((r) => r.id).sort();
    resetMock({ now: new Date('2027-03-01T08:00:00Z') });
    expect(rows().map((r) => r.id).sort()).toEqual(ids);
  });

  it('gives acme ≥ 400 events over ~2 years past and ~1 year ahead, in ≥ 10 cities', () => {
    const all = rows();
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) expect(r.id).toMatch(/^evt_[0-9a-z]+$/);
    const cities = new Set(all.map((r) => r.city));
    expect(cities.size).toBeGreaterThanOrEqual(10);
    for (const c of ['München', 'Berlin', 'Hamburg', 'Köln', 'Frankfurt', 'Stuttgart', 'Leipzig', 'Wien', 'Zürich', 'Düsseldorf']) expect(cities).toContain(c);
    const days = all.map((r) => (Date.parse(r.start_date_time) - NOW.getTime()) / 86_400_000);
    expect(Math.min(...days)).toBeLessThan(-600);
    expect(Math.max(...days)).toBeGreaterThan(300);
    expect(days.filter((d) => d < 0).length / days.length).toBeGreaterThan(0.5);
    const caps = all.map((r) => r.capacity ?? 0);
    expect(Math.min(...caps)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...caps)).toBeLessThanOrEqual(80_000);
    expect(Math.max(...caps)).toBeGreaterThan(40_000);
  });

  it('has every status value, every category, null and percent benchmarks', () => {
    const all = rows();
    const values = (key: 'status' | 'frontend_status' | 'campaign_status' | 'client_campaign_status' | 'campaign_optimisation_status' | 'ad_campaign_optimisation_status' | 'category') =>
      new Set(all.map((r) => r[key]));
    expect(values('status')).toEqual(new Set(['active', 'archived', 'cancelled']));
    expect(values('frontend_status')).toEqual(new Set(['DEFAULT', 'FLAGGED', 'HIDDEN', 'CANCELLED']));
    expect(values('campaign_status')).toEqual(new Set(['RUNNING', 'OPEN', 'CLOSED', 'IGNORED']));
    expect(values('client_campaign_status')).toEqual(new Set(['RUNNING', 'PAUSED', null]));
    expect(values('campaign_optimisation_status')).toEqual(new Set(['ON', 'OFF']));
    expect(values('ad_campaign_optimisation_status')).toEqual(new Set(['ON', 'OFF']));
    expect(values('category')).toEqual(new Set(['concert', 'sports', 'fair', 'theatre', 'comedy', 'product_release']));
    const defaults = all.filter((r) => r.frontend_status === 'DEFAULT').length;
    expect(defaults / all.length).toBeGreaterThan(0.7);
    expect(all.some((r) => r.benchmark === null)).toBe(true);
    const percent = all.filter((r) => (r.benchmark?.prediction?.value ?? 0) > 1.5);
    expect(percent.length).toBeGreaterThan(5);
    expect(all.filter((r) => (r.benchmark?.prediction?.value ?? 2) < 1.5).length).toBeGreaterThan(percent.length);
    expect(all.some((r) => r.currency === undefined)).toBe(true);
  });

  it('keeps campaign fields consistent with dates and campaigns', () => {
    const now = NOW.getTime();
    for (const r of rows()) {
      const past = Date.parse(r.start_date_time) < now;
      const campaigns = campaignsOf(ACME, r.id);
      if (r.campaign_status === 'CLOSED') expect(past).toBe(true);
      if (r.campaign_status === 'RUNNING' || r.campaign_status === 'OPEN') expect(past).toBe(false);
      expect(r.has_active_campaigns).toBe(campaigns.some((c) => c.status === 'RUNNING'));
      if (r.has_active_campaigns) expect(r.client_campaign_status).toBe('RUNNING');
      if (r.campaign_status === 'RUNNING') expect(campaigns.length).toBeGreaterThan(0);
      if (past) expect(campaigns.every((c) => c.status === 'COMPLETED' || c.status === 'IGNORED')).toBe(true);
      for (const c of campaigns) {
        expect(c.spent).toBeLessThanOrEqual(c.budget);
        expect(c.start_date <= c.end_date).toBe(true);
      }
    }
  });

  it('groups tours and fixtures into symmetric series', () => {
    const all = rows();
    const byId = new Map(all.map((r) => [r.id, r]));
    const inSeries = all.filter((r) => r.campaign_event_series.length > 0);
    expect(inSeries.length).toBeGreaterThan(all.length / 3);
    for (const r of inSeries) {
      for (const other of r.campaign_event_series) expect(byId.get(other)?.campaign_event_series).toContain(r.id);
    }
    const [a, b] = all.filter((r) => r.campaign_event_series.length === 0);
    linkSeries(ACME, a?.id ?? '', [b?.id ?? ''], true);
    expect(a?.campaign_event_series).toEqual([b?.id]);
    expect(b?.campaign_event_series).toEqual([a?.id]);
    linkSeries(ACME, b?.id ?? '', [a?.id ?? ''], false);
    expect(a?.campaign_event_series).toEqual([]);
  });

  it('gives bravo ~60 sports fixtures in CHF and solo ~20 theatre events', () => {
    const bravo = rows('partner-id-bravo');
    expect(bravo.length).toBe(60);
    expect(new Set(bravo.map((r) => r.category))).toEqual(new Set(['sports']));
    expect(new Set(bravo.map((r) => r.currency))).toEqual(new Set(['CHF']));
    const solo = rows('partner-id-solo');
    expect(solo.length).toBe(20);
    expect(new Set(solo.map((r) => r.category))).toEqual(new Set(['theatre']));
  });

  // how fast the large scenario answers is the bench's to measure (bench/REPORT.md, section 4)
  it('has no events in the empty scenario and 10,000 in the large scenario', () => {
    resetMock({ now: NOW, scenario: 'empty' });
    expect(rows()).toEqual([]);
    expect(rows('partner-id-bravo')).toEqual([]);
    resetMock({ now: NOW, scenario: 'large' });
    expect(rows().length).toBe(10_000);
  });
});
