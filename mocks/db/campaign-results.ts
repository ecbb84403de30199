/**
 * Campaign results (contract §5.1) and the attribution model per event. Automated rows exist for
 * closed events whose campaigns completed (the attribution job ran the morning after the event);
 * a few events also carry a manual adjustment. Manual rows are added/removed via the API.
 */
import { createRng } from '../lib/rng';
import { DAY_MS } from './dates';
import { allRecords, campaignsOf, findRecord } from './events';
import { ticketPlan } from './sales-model';
import { defineTable } from './store';

export interface CampaignResultRow {
  id: string;
  eid: string;
  partner_id: string;
  purchase: number;
  revenue: number;
  created_at: string;
  source: 'automated' | 'manual';
}

export const ATTRIBUTION_MODELS = ['FD', 'META', 'EXTERNAL'] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

interface ResultsState { rows: CampaignResultRow[]; nextId: number; models: Map<string, AttributionModel> }

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

const resultsTable = defineTable<ResultsState>(({ partnerId }) => {
  const rows: CampaignResultRow[] = [];
  for (const { row, meta } of allRecords(partnerId)) {
    if (row.campaign_status !== 'CLOSED' || !campaignsOf(partnerId, row.id).some((c) => c.status === 'COMPLETED')) continue;
    const rng = createRng(meta.seed ^ 0xa771);
    // From the plan, not the live rows: the job ran back then, later ingests don't rewrite it.
    const plans = ticketPlan(meta);
    const sold = plans.reduce((s, p) => s + p.finalSold, 0);
    const avg = sold ? plans.reduce((s, p) => s + p.finalSold * p.priceCents, 0) / sold : 0;
    const purchase = Math.round(sold * rng.float(0.04, 0.18));
    const base = { eid: row.id, partner_id: partnerId };
    const created = (meta.eventDay + 1) * DAY_MS + 8 * 3_600_000;
    rows.push({ ...base, id: `cr_${row.id.slice(4)}`, purchase, revenue: Math.round(purchase * avg) / 100, created_at: iso(created), source: 'automated' });
    if (rng.chance(0.08)) {
      const extra = rng.int(3, 40);
      rows.push({ ...base, id: `cr_${row.id.slice(4)}_m`, purchase: extra, revenue: Math.round(extra * avg) / 100, created_at: iso(created + 2 * DAY_MS), source: 'manual' });
    }
  }
  return { rows, nextId: 1, models: new Map() };
});

export function campaignResults(partnerId: string, eid?: string): CampaignResultRow[] {
  const rows = resultsTable(partnerId).rows;
  return (eid === undefined ? rows : rows.filter((r) => r.eid === eid)).map((r) => ({ ...r }));
}

export function addCampaignResult(partnerId: string, eid: string, purchase: number, revenue: number): CampaignResultRow | undefined {
  if (!findRecord(partnerId, eid)) return undefined;
  const state = resultsTable(partnerId);
  const row: CampaignResultRow = {
    id: `cr_manual_${String(state.nextId++).padStart(4, '0')}`,
    eid, partner_id: partnerId, purchase, revenue, created_at: iso(Date.now()), source: 'manual',
  };
  state.rows.push(row);
  return { ...row };
}

/** Deletes one of the partner's rows; false when the id is unknown (or another partner's). */
export function deleteCampaignResult(partnerId: string, id: string): boolean {
  const state = resultsTable(partnerId);
  const before = state.rows.length;
  state.rows = state.rows.filter((r) => r.id !== id);
  return state.rows.length < before;
}

/** Revenue attributed to campaigns per event, in cents (for ROAS). */
export function attributedCents(partnerId: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of resultsTable(partnerId).rows) out.set(r.eid, (out.get(r.eid) ?? 0) + Math.round(r.revenue * 100));
  return out;
}

export const attributionModel = (partnerId: string, eid: string): AttributionModel =>
  resultsTable(partnerId).models.get(eid) ?? 'FD';

export function setAttributionModel(partnerId: string, eid: string, model: AttributionModel): void {
  resultsTable(partnerId).models.set(eid, model);
}
