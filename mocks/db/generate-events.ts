/**
 * The event generator: deterministic from (seed, partner, scenario) and relative to `now`.
 * Ids depend only on seed, partner and position, so they are stable across runs and days.
 */
import { createRng, hashSeed, type Rng } from '../lib/rng';
import { ACME_HALLS, BRAVO_HALLS, SOLO_HALLS, type Hall } from './catalog';
import { planCampaigns } from './campaign-plan';
import { CLUSTER_CATALOG } from './cluster-catalog';
import { eventClusterKeys } from './package-genres';
import { DAY_MS, clamp, dayOf } from './dates';
import type { CampaignRow, EventRecord } from './event-types';
import { partnerCurrency } from './partners';
import { acmeProduction, bravoProduction, soloProduction, type Production } from './productions';
import type { MockOptions } from './store';

interface Profile { count: number; halls: readonly Hall[]; make: (rng: Rng, halls: readonly Hall[]) => Production; past: number; future: number }

function profile(partnerId: string, options: Readonly<MockOptions>): Profile | null {
  if (options.scenario === 'empty') return null;
  if (partnerId === 'partner-id-acme') return { count: options.scenario === 'large' ? 10_000 : 460, halls: ACME_HALLS, make: acmeProduction, past: 730, future: 365 };
  if (partnerId === 'partner-id-bravo') return { count: 60, halls: BRAVO_HALLS, make: bravoProduction, past: 420, future: 200 };
  if (partnerId === 'partner-id-solo') return { count: 20, halls: SOLO_HALLS, make: soloProduction, past: 150, future: 120 };
  return null;
}

const LEAD_DAYS: Record<string, [number, number]> = {
  concert: [90, 300], sports: [21, 90], fair: [45, 150], theatre: [45, 150], comedy: [90, 240], product_release: [14, 45],
};
const START_MINUTES: Record<string, number[]> = {
  concert: [1080, 1110, 1140], sports: [810, 1050, 1110], fair: [480, 540], theatre: [1080, 1110], comedy: [1110, 1140], product_release: [960, 1020],
};

export interface GeneratedEvents { records: EventRecord[]; campaigns: Map<string, CampaignRow[]> }

/** Fisher–Yates (a comparator shuffle would differ between JS engines). */
function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

const fraction = (n: number) => Math.round(n * 100) / 100;
const percent = (n: number) => Math.round(n * 1000) / 10;

function buildEvent(rng: Rng, ctx: { partnerId: string; seed: number; index: number; today: number; nowMs: number }, prod: Production, date: { title: string; hall: Hall }, day: number) {
  const { category } = prod;
  const { hall } = date;
  const id = `evt_${hashSeed(`${ctx.seed}:${ctx.partnerId}:${ctx.index}`).toString(36).padStart(7, '0')}`;
  const startMs = day * DAY_MS + rng.pick(START_MINUTES[category] ?? [1140]) * 60_000;
  const [leadMin, leadMax] = LEAD_DAYS[category] ?? [60, 120];
  const onSaleDay = day - rng.int(leadMin, leadMax);
  const capacity = Math.max(200, Math.round((hall.capacity * rng.float(0.8, 1)) / 50) * 50);
  const past = startMs < ctx.nowMs;
  const cancelled = rng.chance(0.03);
  const status = cancelled ? 'cancelled' : past && day < ctx.today - 365 && rng.chance(0.6) ? 'archived' : 'active';
  // the same random draws as before genres were respected, so the rest of the event stays as it was
  const shuffled = shuffle(rng, CLUSTER_CATALOG[category].map((c) => c.tc));
  const clusterKeys = eventClusterKeys(shuffled, rng.int(5, 8), date.title, category);
  const tcRunId = rng.int(30, 60);
  const plan = planCampaigns(rng, {
    id, title: date.title, city: hall.city, venue: hall.venue, category, onSaleDay, eventDay: day, today: ctx.today,
    past, cancelled, capacity, clusterKeys, tcRunId,
  });
  const finalShare = rng.chance(0.15) ? 1 : rng.float(0.3, 0.97);
  const hasPrediction = !cancelled && rng.chance(0.88);
  const predicted = hasPrediction ? (past ? finalShare : clamp(finalShare + rng.float(-0.06, 0.06), 0.05, 1)) : null;
  const benchmarkShare = hasPrediction ? clamp(finalShare + rng.float(-0.22, 0.18), 0.15, 1) : null;
  const asPercent = rng.chance(0.08);
  const scale = asPercent ? percent : fraction;
  // the curves (sales graph) use the shares as the row publishes them, so they end where its figures say
  const published = (n: number | null) => (n === null ? null : asPercent ? percent(n) / 100 : fraction(n));
  const r = rng.next();
  const frontend = cancelled && rng.chance(0.5) ? 'CANCELLED' : r < (past ? 0.03 : 0.1) ? 'FLAGGED' : r > 0.92 ? 'HIDDEN' : 'DEFAULT';
  const record: EventRecord = {
    row: {
      id, title: date.title, start_date_time: new Date(startMs).toISOString().replace('.000Z', 'Z'),
      city: hall.city, venue_name: hall.venue, hall_name: hall.hall, capacity, category,
      ...(ctx.partnerId === 'partner-id-acme' && rng.chance(0.03) ? {} : { currency: partnerCurrency(ctx.partnerId) }),
      special_ad_category: category === 'comedy' && rng.chance(0.05) ? 'ISSUES_ELECTIONS_POLITICS' : null,
      status, frontend_status: frontend,
      campaign_status: plan.campaignStatus, client_campaign_status: plan.clientStatus,
      campaign_optimisation_status: rng.chance(0.8) ? 'ON' : 'OFF',
      ad_campaign_optimisation_status: rng.chance(0.7) ? 'ON' : 'OFF',
      campaign_stop_time: plan.campaigns.length ? new Date(startMs).toISOString().replace('.000Z', 'Z') : null,
      has_active_campaigns: plan.campaigns.some((c) => c.status === 'RUNNING'),
      campaign_event_series: [],
      benchmark: predicted === null || benchmarkShare === null ? null : {
        prediction: { value: scale(predicted), benchmark: scale(benchmarkShare) },
        state: predicted >= benchmarkShare ? 'above' : 'below',
      },
      last_updated_on_fe: null,
    },
    meta: {
      seed: hashSeed(`${id}:${ctx.seed}`), category, startMs, onSaleDay, eventDay: day, capacity0: capacity, finalShare,
      predicted: published(predicted), benchmarkShare: published(benchmarkShare), launchDays: plan.campaigns.map((c) => dayOf(Date.parse(c.start_date))),
      clusterKeys, tcRunId, vhId: hall.id,
    },
  };
  return { record, campaigns: plan.campaigns };
}

export function generateEvents(partnerId: string, options: Readonly<MockOptions>): GeneratedEvents {
  const out: GeneratedEvents = { records: [], campaigns: new Map() };
  const p = profile(partnerId, options);
  if (!p) return out;
  const rng = createRng(hashSeed(`${options.seed}:${partnerId}`));
  const nowMs = options.now.getTime();
  const today = dayOf(nowMs);
  while (out.records.length < p.count) {
    const prod = p.make(rng, p.halls);
    let day = today - p.past + rng.int(0, p.past + p.future);
    const group: EventRecord[] = [];
    for (const date of prod.dates) {
      if (out.records.length >= p.count || day > today + p.future) break;
      const ctx = { partnerId, seed: options.seed, index: out.records.length, today, nowMs };
      const { record, campaigns } = buildEvent(rng, ctx, prod, date, day);
      group.push(record);
      out.records.push(record);
      if (campaigns.length) out.campaigns.set(record.row.id, campaigns);
      day += rng.int(prod.gap[0], prod.gap[1]);
    }
    if (prod.linked && group.length > 1) {
      for (const rec of group) rec.row.campaign_event_series = group.filter((g) => g !== rec).map((g) => g.row.id);
    }
  }
  out.records.sort((a, b) => a.meta.startMs - b.meta.startMs || (a.row.id < b.row.id ? -1 : 1));
  return out;
}
