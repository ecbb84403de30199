/**
 * Statistics, all derived from the sales rows, campaigns and campaign results:
 * per event (GET /events/{eid}/statistics), per list filter (GET /events/statistics) and
 * GET /campaigns/statistics. Decisions [ours]: revenue/purchases are ticket revenue and tickets
 * sold to date; spent sums the campaigns' spend; ROAS = campaign-attributed revenue (campaign
 * results) ÷ spent, null without spend or without results (attribution runs after the event);
 * over a list, both sides count only the events that have results.
 */
import { attributedCents } from './campaign-results';
import { salesTotals } from './daily-sales';
import type { EventRecord } from './event-types';
import { allRecords, campaignsOf, findRecord } from './events';
import { partnerCurrency } from './partners';

const money = (cents: number) => Math.round(cents) / 100;
const spentCents = (partnerId: string, eid: string) =>
  campaignsOf(partnerId, eid).reduce((s, c) => s + Math.round(c.spent * 100), 0);
const roas = (attributed: number | undefined, spent: number) =>
  attributed === undefined || spent <= 0 ? null : Math.round((attributed / spent) * 100) / 100;

export function eventStatistics(partnerId: string, eid: string) {
  const rec = findRecord(partnerId, eid);
  if (!rec) return undefined;
  const totals = salesTotals(partnerId, eid);
  const campaigns = campaignsOf(partnerId, eid);
  const spent = spentCents(partnerId, eid);
  return {
    revenue: money(totals.revenueCents),
    purchases: totals.tickets,
    spent: money(spent),
    roas: roas(attributedCents(partnerId).get(eid), spent),
    currency: rec.row.currency ?? partnerCurrency(partnerId),
    campaigns: campaigns.length,
    active: campaigns.filter((c) => c.status === 'RUNNING').length,
  };
}

const NULL_LIST_STATS = { total: null, open: null, running: null, closed: null, revenue: null, spent: null, roas: null, purchases: null, currency: null };

/** Over the events a list filter matched; every field null when nothing matched. */
export function listStatistics(partnerId: string, records: readonly EventRecord[]) {
  if (records.length === 0) return NULL_LIST_STATS;
  const attributed = attributedCents(partnerId);
  // ROAS over the events with results only: spend still waiting for its attribution (a running
  // campaign) would pull the ratio down until the results land, and jump it up after
  let revenue = 0, purchases = 0, spent = 0, attributedSum = 0, spentWithResults = 0, hasAttribution = false;
  const count = { OPEN: 0, RUNNING: 0, CLOSED: 0 } as Record<string, number>;
  for (const { row } of records) {
    const t = salesTotals(partnerId, row.id);
    revenue += t.revenueCents;
    purchases += t.tickets;
    const eventSpent = spentCents(partnerId, row.id);
    spent += eventSpent;
    const a = attributed.get(row.id);
    if (a !== undefined) { attributedSum += a; spentWithResults += eventSpent; hasAttribution = true; }
    if (row.campaign_status in count) count[row.campaign_status] = (count[row.campaign_status] ?? 0) + 1;
  }
  return {
    total: records.length,
    open: count.OPEN ?? 0,
    running: count.RUNNING ?? 0,
    closed: count.CLOSED ?? 0,
    revenue: money(revenue),
    spent: money(spent),
    roas: roas(hasAttribution ? attributedSum : undefined, spentWithResults),
    purchases,
    currency: partnerCurrency(partnerId),
  };
}

const LISTED = new Set(['DEFAULT', 'FLAGGED', 'CANCELLED']);

/**
 * Events by campaign_status, over the events the list shows by default (not archived;
 * frontend_status DEFAULT, FLAGGED or CANCELLED, so not hidden) [ours; the contract is
 * silent]: the dashboard's tiles open those lists, so a count must not change when clicked.
 */
export function campaignStatistics(partnerId: string) {
  const records = allRecords(partnerId).filter((r) => r.row.status !== 'archived' && LISTED.has(r.row.frontend_status));
  if (records.length === 0) return { total: null, running: null, open: null, closed: null, ignored: null };
  const by = (s: string) => records.filter((r) => r.row.campaign_status === s).length;
  return { total: records.length, running: by('RUNNING'), open: by('OPEN'), closed: by('CLOSED'), ignored: by('IGNORED') };
}
