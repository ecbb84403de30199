// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { campaignSchema } from '../api/schemas';
import { clusterIndex, clusterLabel, fitShare, suggestionRows } from './clusters';
import { summarizeCampaigns } from './campaign-summary';
import { draftFromDefaults, parseSuggestionDraft } from './suggestion-form';
import { waveLock, waveLockChangesAt } from './event-phase';
import type { Event } from '@/lib/schemas/event';

const clusters = [
  { tc: 'metal_fans', label: 'Metal fans', metric_pred: 4.2, reach_estimate: 184000 },
  { tc: 'families', label: null, metric_pred: 6, reach_estimate: null },
];

describe('suggestion form', () => {
  it('accepts a positive budget in any usual notation and a known goal', () => {
    expect(parseSuggestionDraft({ budget: ' 5.000,50 ', goal: 'ROAS' })).toEqual({ ok: true, params: { budget: 5000.5, goal: 'ROAS' } });
  });

  it.each([
    [{ budget: '', goal: 'ROAS' }, { budget: 'Enter a budget.' }],
    [{ budget: 'lots', goal: 'ROAS' }, { budget: 'Enter the budget as a number, e.g. 5000 or 5000.50.' }],
    [{ budget: '0', goal: 'ROAS' }, { budget: 'The budget must be more than 0.' }],
    [{ budget: '-200', goal: 'ROAS' }, { budget: 'The budget must be more than 0.' }],
    [{ budget: '10,5555', goal: 'ROAS' }, { budget: 'Use at most two decimals.' }],
    [{ budget: '99999999999999999', goal: 'ROAS' }, { budget: 'Enter a budget of at most 10,000,000.' }],
    [{ budget: '100', goal: 'CONVERSIONS' }, { goal: 'Choose one of the listed goals.' }],
    [{ budget: '', goal: '' }, { budget: 'Enter a budget.', goal: 'Choose one of the listed goals.' }],
  ])('%j → %j', (draft, errors) => {
    expect(parseSuggestionDraft(draft)).toEqual({ ok: false, errors });
  });

  it('prefills from the defaults; unknown or missing values fall back', () => {
    const defaults = { goal: 'VISIBILITY', total_budget: 5000, start_date: null, end_date: null, clusters: [] };
    expect(draftFromDefaults(defaults)).toEqual({ budget: '5000', goal: 'VISIBILITY' });
    expect(draftFromDefaults({ ...defaults, goal: 'SOMETHING_NEW', total_budget: null })).toEqual({ budget: '', goal: 'UTILIZATION' });
    expect(draftFromDefaults(undefined)).toEqual({ budget: '', goal: 'UTILIZATION' });
  });
});

describe('clusters', () => {
  it('labels from /clusters, derived from the key otherwise', () => {
    const index = clusterIndex(clusters);
    expect(clusterLabel('metal_fans', index)).toBe('Metal fans');
    expect(clusterLabel('families', index)).toBe('Families');
    expect(clusterLabel('young-urban_pros', index)).toBe('Young urban pros');
  });

  it('fit is metric_pred / 5, clamped, null when unknown', () => {
    expect(fitShare(4.2)).toBeCloseTo(0.84);
    expect(fitShare(6)).toBe(1);
    expect(fitShare(null)).toBeNull();
    expect(fitShare(Number.NaN)).toBeNull();
  });

  it('suggestion rows keep the server order, join reach and fit, drop duplicates', () => {
    expect(suggestionRows([{ tc: 'families' }, { tc: 'metal_fans' }, { tc: 'unknown_tc' }, { tc: 'families' }], clusters)).toEqual([
      { tc: 'families', label: 'Families', known: true, reach: null, fit: 1 },
      { tc: 'metal_fans', label: 'Metal fans', known: true, reach: 184000, fit: 4.2 / 5 },
      { tc: 'unknown_tc', label: 'Unknown tc', known: false, reach: null, fit: null },
    ]);
  });
});

describe('summarizeCampaigns', () => {
  const c = (status: string, budget: number | null, spent: number | null) => campaignSchema.parse({ eid: 'e', tc: 't', status, budget, spent });

  it('sums known budgets and spend and counts live (running or paused), running and paused campaigns', () => {
    expect(summarizeCampaigns([c('RUNNING', 1500, 640.5), c('PAUSED', 1000, null), c('COMPLETED', null, 200)])).toEqual({
      count: 3, budget: 2500, spent: 840.5, live: 2, running: 1, paused: 1,
    });
  });

  it('unknown spend stays null (not 0)', () => {
    expect(summarizeCampaigns([c('RUNNING', 100, null)]).spent).toBeNull();
    expect(summarizeCampaigns([])).toEqual({ count: 0, budget: null, spent: null, live: 0, running: 0, paused: 0 });
  });
});

describe('waveLock', () => {
  const tz = 'Europe/Berlin';
  const at = (iso: string) => Date.parse(iso);
  const event = (start: string, over: Partial<Pick<Event, 'status' | 'frontend_status'>> = {}) =>
    ({ start_date_time: start, status: 'active', frontend_status: 'DEFAULT', ...over }) as Pick<Event, 'start_date_time' | 'status' | 'frontend_status'>;

  it('is open before the start, "started" later that day in the partner zone, "over" from the next day', () => {
    expect(waveLock(event('2026-12-07T16:00:00Z'), at('2026-12-07T15:59:00Z'), tz)).toBeNull();
    expect(waveLock(event('2026-12-07T16:00:00Z'), at('2026-12-07T22:59:00Z'), tz)).toEqual({ sentence: 'The event has started', begun: true });
    // 23:00 UTC is already the next day in Berlin
    expect(waveLock(event('2026-12-07T16:00:00Z'), at('2026-12-07T23:00:00Z'), tz)).toEqual({ sentence: 'The event is over', begun: true });
  });

  it('a cancelled event is locked before it starts, whichever field says so', () => {
    expect(waveLock(event('2027-01-07T19:00:00Z', { status: 'cancelled' }), at('2026-12-07T08:00:00Z'), tz)).toEqual({ sentence: 'The event is cancelled', begun: false });
    expect(waveLock(event('2027-01-07T19:00:00Z', { frontend_status: 'CANCELLED' }), at('2026-12-07T08:00:00Z'), tz)).toEqual({ sentence: 'The event is cancelled', begun: false });
    // once its date has passed it is over like any other: its campaigns are history, not to be reset
    expect(waveLock(event('2026-11-07T19:00:00Z', { status: 'cancelled' }), at('2026-12-07T08:00:00Z'), tz)).toEqual({ sentence: 'The event is over', begun: true });
  });

  it('changes next at the start, then at the end of the event’s day in the partner zone, then never', () => {
    const e = event('2026-12-07T16:00:00Z');
    expect(waveLockChangesAt(e, at('2026-12-07T08:00:00Z'), tz)).toBe(at('2026-12-07T16:00:00Z'));
    expect(waveLockChangesAt(e, at('2026-12-07T16:00:00Z'), tz)).toBe(at('2026-12-07T23:00:00Z'));
    expect(waveLockChangesAt(e, at('2026-12-07T23:00:00Z'), tz)).toBeNull();
    expect(waveLockChangesAt(event('soon'), at('2026-12-07T08:00:00Z'), tz)).toBeNull();
    // the change agrees with waveLock on both sides of each moment
    expect(waveLock(e, at('2026-12-07T22:59:59Z'), tz)?.sentence).toBe('The event has started');
    expect(waveLock(e, at('2026-12-07T23:00:00Z'), tz)?.sentence).toBe('The event is over');
  });
});
