// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resultsState } from './results-state';

const settings = { backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'EVENTS_FROM_PACKAGE', email_sent_date: '2026-06-01' };
const older = { ...settings, backhaul_evaluation_model: 'ALL_PURCHASES' };
const clusters = { a: { customers: 1, items: 2, purchase: 3 } };
const done = { status: 'DONE', evaluated_at: '2026-11-19T08:00:00Z', clusters };

describe('resultsState', () => {
  it('a failed or still-building package has its own state', () => {
    expect(resultsState('FAILED', { status: 'FAILED', evaluated_at: null, clusters: {} }, settings, null)).toEqual({ kind: 'package-failed' });
    expect(resultsState('INPROGRESS', { status: 'PENDING', evaluated_at: null, clusters: {} }, settings, null)).toEqual({ kind: 'building' });
    expect(resultsState('INITIALIZING', { status: 'PENDING', evaluated_at: null, clusters: {} }, settings, null)).toEqual({ kind: 'building' });
  });

  it('DONE: the numbers and the settings that produced them', () => {
    expect(resultsState('DONE', done, settings, null)).toEqual({ kind: 'results', clusters, stale: false, evaluatedAt: done.evaluated_at, producedBy: settings });
  });

  it('a failed evaluation', () => {
    expect(resultsState('DONE', { status: 'FAILED', evaluated_at: null, clusters: {} }, settings, null)).toEqual({ kind: 'failed', evaluatedAt: null });
  });

  it('PENDING after a save: the previous numbers stay, stale, described by the previous settings', () => {
    const previous = { evaluation: done, settings: older, savedAt: 0 };
    expect(resultsState('DONE', { ...done, status: 'PENDING' }, settings, previous))
      .toEqual({ kind: 'results', clusters, stale: true, evaluatedAt: done.evaluated_at, producedBy: older });
    // the server sent no clusters while pending: the client's snapshot is shown
    expect(resultsState('DONE', { status: 'PENDING', evaluated_at: null, clusters: {} }, settings, previous))
      .toEqual({ kind: 'results', clusters, stale: true, evaluatedAt: done.evaluated_at, producedBy: older });
  });

  it('saved, evaluation not read again yet: still the old numbers, stale, described by the old settings', () => {
    const previous = { evaluation: done, settings: older, savedAt: 2_000 };
    // the settings are already the new ones; the evaluation on screen was read before the save
    expect(resultsState('DONE', done, settings, previous, 1_000))
      .toEqual({ kind: 'results', clusters, stale: true, evaluatedAt: done.evaluated_at, producedBy: older });
    // once read after the save (DONE again), the new settings describe the new numbers
    expect(resultsState('DONE', done, settings, previous, 3_000))
      .toEqual({ kind: 'results', clusters, stale: false, evaluatedAt: done.evaluated_at, producedBy: settings });
    // a failure read before the save is not shown as the result of the new settings
    const failedBefore = { evaluation: { status: 'FAILED', evaluated_at: null, clusters: {} }, settings: older, savedAt: 2_000 };
    expect(resultsState('DONE', failedBefore.evaluation, settings, failedBefore, 1_000)).toEqual({ kind: 'evaluating' });
  });

  it('PENDING without a snapshot (reload mid-evaluation): stale server numbers, producer unknown; nothing at all → evaluating', () => {
    expect(resultsState('DONE', { ...done, status: 'PENDING' }, settings, null))
      .toEqual({ kind: 'results', clusters, stale: true, evaluatedAt: done.evaluated_at, producedBy: null });
    expect(resultsState('EXPIRED', { status: 'PENDING', evaluated_at: null, clusters: {} }, settings, null)).toEqual({ kind: 'evaluating' });
  });

  it('re-running a failed evaluation shows "evaluating", not empty numbers', () => {
    const previous = { evaluation: { status: 'FAILED', evaluated_at: '2026-11-01T08:00:00Z', clusters: {} }, settings, savedAt: 0 };
    expect(resultsState('DONE', { status: 'PENDING', evaluated_at: '2026-11-01T08:00:00Z', clusters: {} }, settings, previous)).toEqual({ kind: 'evaluating' });
  });
});
