import { describe, expect, it } from 'vitest';
import {
  backhaulEvaluationSchema, backhaulSettingsInputSchema, backhaulSettingsSchema, packageSchema,
  partnerBackhaulDefaultsInputSchema,
} from './schemas';

describe('backhaul schemas', () => {
  it('package: unknown status and missing events parse', () => {
    expect(packageSchema.parse({ id: 'pkg_1', title: 'T', status: 'ARCHIVED' })).toEqual({
      id: 'pkg_1', title: 'T', status: 'ARCHIVED', created_at: null, events: [],
    });
  });

  it('settings: partner defaults without email_sent_date, unknown model', () => {
    expect(backhaulSettingsSchema.parse({ backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'NEW_MODEL' })).toEqual({
      backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'NEW_MODEL', email_sent_date: null,
    });
  });

  it('evaluation: clusters map; PENDING and missing fields parse', () => {
    const parsed = backhaulEvaluationSchema.parse({ status: 'PENDING', clusters: { x: { customers: 1, items: 2, purchase: 3 } } });
    expect(parsed).toEqual({ status: 'PENDING', evaluated_at: null, clusters: { x: { customers: 1, items: 2, purchase: 3 } } });
    // pending or failed: no numbers yet, so clusters may be missing or null
    expect(backhaulEvaluationSchema.parse({ status: 'PENDING' }).clusters).toEqual({});
    expect(backhaulEvaluationSchema.parse({ status: 'FAILED', clusters: null }).clusters).toEqual({});
    expect(backhaulEvaluationSchema.parse({ status: 'DONE', clusters: {} }).clusters).toEqual({});
  });

  it('evaluation: an answer without clusters that claims results is an error, not "no buyers"', () => {
    // the mock's "schema" fault body, and bodies that would read as zero results
    for (const body of [{ unexpected: true, items: 'not-a-list', total: 'many' }, {}, { status: 'DONE' }, { status: 'DONE', clusters: [] }, { clusters: 'many' }]) {
      expect(backhaulEvaluationSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
    // a cluster entry with none of its numbers is not a cluster without buyers
    expect(backhaulEvaluationSchema.safeParse({ status: 'DONE', clusters: { x: {} } }).success).toBe(false);
    expect(backhaulEvaluationSchema.safeParse({ status: 'DONE', clusters: { x: { customers: 3 } } }).success).toBe(true);
  });

  it('settings: without a window or a model the answer is an error, not a blank form', () => {
    for (const body of [{ unexpected: true, items: 'not-a-list', total: 'many' }, { backhaul_evaluation_model: 'EVENT_SERIES' }, { backhaul_evaluation_attribution_window: 14 }, { backhaul_evaluation_attribution_window: '14', backhaul_evaluation_model: 'EVENT_SERIES' }]) {
      expect(backhaulSettingsSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });

  it('inputs: package settings need the date, partner defaults do not', () => {
    const base = { backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'EVENT_SERIES' };
    expect(backhaulSettingsInputSchema.safeParse(base).success).toBe(false);
    expect(backhaulSettingsInputSchema.safeParse({ ...base, email_sent_date: '2026-06-01' }).success).toBe(true);
    expect(backhaulSettingsInputSchema.safeParse({ ...base, email_sent_date: '1.6.2026' }).success).toBe(false);
    expect(partnerBackhaulDefaultsInputSchema.safeParse(base).success).toBe(true);
    expect(partnerBackhaulDefaultsInputSchema.safeParse({ ...base, backhaul_evaluation_attribution_window: -1 }).success).toBe(false);
  });
});
