/**
 * The events table per partner: generated lazily on first use (see generate-events.ts), kept in
 * memory so writes persist until `resetMock`. Every read and write of an event goes through here.
 */
import { vhId } from './catalog';
import type { CampaignRow, EventRecord, EventRow } from './event-types';
import { generateEvents } from './generate-events';
import { defineTable } from './store';

export interface EventTable {
  /** Sorted by start_date_time, then id. */
  records: EventRecord[];
  byId: Map<string, EventRecord>;
  campaigns: Map<string, CampaignRow[]>;
  /** Latest client_campaign_status task per event. */
  tasks: Map<string, { state: string; requested: string }>;
  /** Bumped by edits that can change a sort order (cached sorts key on it). */
  version: number;
}

export const eventTable = defineTable<EventTable>(({ partnerId, options }) => {
  const { records, campaigns } = generateEvents(partnerId, options);
  return { records, byId: new Map(records.map((r) => [r.row.id, r])), campaigns, tasks: new Map(), version: 0 };
});

/** The event record (row + generator meta), only within the partner. */
export const findRecord = (partnerId: string, eid: string): EventRecord | undefined => eventTable(partnerId).byId.get(eid);

export const allRecords = (partnerId: string): readonly EventRecord[] => eventTable(partnerId).records;

export const campaignsOf = (partnerId: string, eid: string): CampaignRow[] => eventTable(partnerId).campaigns.get(eid) ?? [];

/** Keeps has_active_campaigns (and campaign_stop_time) in step with the campaigns. */
export function syncCampaignFields(partnerId: string, eid: string): void {
  const rec = findRecord(partnerId, eid);
  if (!rec) return;
  const campaigns = campaignsOf(partnerId, eid);
  rec.row.has_active_campaigns = campaigns.some((c) => c.status === 'RUNNING');
  rec.row.campaign_stop_time = campaigns.length ? rec.row.start_date_time : null;
}

export function setCampaigns(partnerId: string, eid: string, campaigns: CampaignRow[]): void {
  const table = eventTable(partnerId);
  if (campaigns.length) table.campaigns.set(eid, campaigns);
  else table.campaigns.delete(eid);
  syncCampaignFields(partnerId, eid);
}

/** Applies an edit of the meta fields (CR PUT /events/{eid}); keeps the indexes in step. */
export function updateEvent(partnerId: string, eid: string, patch: Partial<EventRow>): EventRow | undefined {
  const rec = findRecord(partnerId, eid);
  if (!rec) return undefined;
  Object.assign(rec.row, patch);
  eventTable(partnerId).version++;
  rec.meta.vhId = vhId(rec.row.venue_name, rec.row.hall_name);
  rec.meta.search = undefined;
  if (patch.start_date_time !== undefined) {
    rec.meta.startMs = Date.parse(rec.row.start_date_time);
    eventTable(partnerId).records.sort((a, b) => a.meta.startMs - b.meta.startMs || (a.row.id < b.row.id ? -1 : 1));
  }
  return rec.row;
}

export interface FrontendUpdate { partnerId: string; eid: string; status: string; at: string }
const frontendLog = defineTable<FrontendUpdate[]>(() => []);

/** CR `last_updated_on_fe`: stamps the event and logs the call (tests assert on the log). */
export function recordFrontendUpdate(partnerId: string, eid: string, status: string): FrontendUpdate | undefined {
  const rec = findRecord(partnerId, eid);
  if (!rec) return undefined;
  const entry = { partnerId, eid, status, at: new Date().toISOString() };
  rec.row.last_updated_on_fe = entry.at;
  frontendLog(partnerId).push(entry);
  return entry;
}

/** Every `last_updated_on_fe` call of the partner since the last reset. */
export const frontendUpdateLog = (partnerId: string): readonly FrontendUpdate[] => frontendLog(partnerId);

/** Symmetric series membership: linking a↔b updates both rows. */
export function linkSeries(partnerId: string, eid: string, others: readonly string[], link: boolean): void {
  const self = findRecord(partnerId, eid);
  if (!self) return;
  for (const other of others) {
    const rec = findRecord(partnerId, other);
    if (!rec || other === eid) continue;
    for (const [a, b] of [[self, other], [rec, eid]] as const) {
      const list = a.row.campaign_event_series.filter((x) => x !== b);
      a.row.campaign_event_series = link ? [...list, b] : list;
    }
  }
}
