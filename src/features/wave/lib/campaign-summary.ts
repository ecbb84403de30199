import { isCalendarDay, type Day } from '@/lib/dates';
import type { Campaign } from '../api/schemas';

export interface CampaignSummary {
  count: number;
  /** Sum of known budgets; null when no campaign has one. */
  budget: number | null;
  /** Sum of known spend; null when no campaign reports any (ROAS then stays unknown). */
  spent: number | null;
  /** Campaigns RUNNING or PAUSED right now (what pause/resume acts on). */
  live: number;
  running: number;
  paused: number;
}

const finite = (v: number | null): v is number => typeof v === 'number' && Number.isFinite(v);

function sumKnown(values: (number | null)[]): number | null {
  const known = values.filter(finite);
  return known.length > 0 ? known.reduce((a, b) => a + b, 0) : null;
}

/** Totals for the campaigns table footer, the reset confirmation and the performance card's ROAS. */
export function summarizeCampaigns(campaigns: readonly Campaign[]): CampaignSummary {
  const running = campaigns.filter((c) => c.status === 'RUNNING').length;
  const paused = campaigns.filter((c) => c.status === 'PAUSED').length;
  return {
    count: campaigns.length,
    budget: sumKnown(campaigns.map((c) => c.budget)),
    spent: sumKnown(campaigns.map((c) => c.spent)),
    live: running + paused,
    running,
    paused,
  };
}

/** A running campaign whose run has not begun: it shows no ads before its start day. */
export const waitsForItsRun = (c: Campaign, today: Day): boolean =>
  c.status === 'RUNNING' && c.start_date !== null && isCalendarDay(c.start_date) && c.start_date > today;

/**
 * When campaigns were started ahead of their run, the first day any of them shows ads; null when
 * one already does (or none runs). "Running" alone read as ads showing today.
 */
export function firstAdDay(campaigns: readonly Campaign[], today: Day): Day | null {
  const running = campaigns.filter((c) => c.status === 'RUNNING');
  if (running.length === 0 || !running.every((c) => waitsForItsRun(c, today))) return null;
  return running.map((c) => c.start_date as Day).sort()[0] ?? null;
}
