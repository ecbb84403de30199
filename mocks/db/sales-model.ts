/**
 * How tickets sell: per event a ticket plan (categories, prices, capacities, final sales) and a
 * daily weight curve — a spike at the on-sale announcement, a slow middle, jumps at campaign
 * launches, a surge in the final week. Totals to date are computed first, then spread over the
 * days with noise (largest remainder), so the rows always sum to the totals exactly.
 */
import { createRng } from '../lib/rng';
import { clamp, isWeekend, isoDay } from './dates';
import type { EventMeta } from './event-types';

export type TicketType = 'regular' | 'vip' | 'subscription' | 'free';

export interface TicketPlan { id: string; name: string; type: TicketType; priceCents: number; capacity: number; finalSold: number }

const REGULAR_NAME: Record<string, string> = {
  concert: 'Standing', sports: 'Grandstand', fair: 'Day Ticket', theatre: 'Parkett', comedy: 'General Admission', product_release: 'Entry',
};
const PRICE: Record<string, [number, number]> = {
  concert: [35, 120], sports: [18, 70], fair: [8, 25], theatre: [25, 90], comedy: [25, 45], product_release: [15, 60],
};
const SUBSCRIPTION: Record<string, number> = { sports: 0.9, theatre: 0.7, concert: 0.1 };

/** The event's ticket categories; deterministic from its seed and original capacity. */
export function ticketPlan(meta: EventMeta): TicketPlan[] {
  const rng = createRng(meta.seed ^ 0x7ac3);
  const cap = meta.capacity0;
  const [lo, hi] = PRICE[meta.category] ?? [20, 60];
  const base = rng.int(lo, hi) * 100 + (rng.chance(0.4) ? -10 : 0);
  const share = meta.finalShare;
  const plans: TicketPlan[] = [];
  const add = (type: TicketType, name: string, capacity: number, priceCents: number, soldShare: number) => {
    if (capacity < 1) return;
    plans.push({ id: `tc_${plans.length + 1}`, name, type, priceCents, capacity, finalSold: Math.round(capacity * clamp(soldShare, 0, 1)) });
  };
  const vip = rng.chance(meta.category === 'fair' ? 0.3 : 0.6) ? Math.round(cap * rng.float(0.03, 0.08)) : 0;
  const sub = rng.chance(SUBSCRIPTION[meta.category] ?? 0.05) ? Math.round(cap * rng.float(0.1, 0.3)) : 0;
  const free = rng.chance(0.4) ? Math.max(2, Math.round(cap * rng.float(0.01, 0.03))) : 0;
  add('regular', REGULAR_NAME[meta.category] ?? 'Regular', cap - vip - sub - free, base, share);
  add('vip', meta.category === 'sports' ? 'Business Seat' : 'VIP Package', vip, Math.round((base * rng.float(2.5, 4)) / 100) * 100, share * 1.1);
  add('subscription', meta.category === 'sports' ? 'Season Ticket' : 'Abo', sub, Math.round(base * 0.7), Math.max(share, 0.9));
  add('free', 'Guest List', free, 0, 0.9);
  return plans;
}

/** Smooth relative demand on `day` for a ticket type (no noise: used for the totals). */
function weight(meta: EventMeta, type: TicketType, day: number, launches = true): number {
  const d = day - meta.onSaleDay;
  const toGo = meta.eventDay - day;
  const span = Math.max(1, meta.eventDay - meta.onSaleDay);
  let w = 1 + 12 * Math.exp(-d / 3) + 10 * Math.exp(-toGo / 4) + 2 * (d / span) ** 2;
  if (launches) for (const launch of meta.launchDays) if (day >= launch) w += 3 * Math.exp(-(day - launch) / 5);
  if (type === 'subscription') w *= 1 + 8 * Math.exp(-d / 10);
  else if (type === 'vip') w *= 1.5 - d / span;
  else if (type === 'free') w = Math.exp(-toGo / 10);
  return w;
}

/** The last day with sales: the event day, or yesterday for upcoming events (none after now). */
export const lastSalesDay = (meta: EventMeta, today: number) => Math.min(meta.eventDay, today - 1);

/** Tickets sold to date per category (planned, before any ingest). */
export function soldToDate(meta: EventMeta, plan: TicketPlan, today: number): number {
  const last = lastSalesDay(meta, today);
  if (last < meta.onSaleDay) return 0;
  if (last >= meta.eventDay) return plan.finalSold;
  let before = 0;
  let all = 0;
  for (let day = meta.onSaleDay; day <= meta.eventDay; day++) {
    const w = weight(meta, plan.type, day);
    all += w;
    if (day <= last) before += w;
  }
  return Math.round(plan.finalSold * (before / all));
}

export interface GeneratedRow { date: string; ticket_type: string; tickets: number; revenue: number }

/** Spreads each category's total to date over the sales days: noisy, weekend-heavy, exact sums. */
export function generateRows(meta: EventMeta, plans: readonly TicketPlan[], today: number): GeneratedRow[] {
  const last = lastSalesDay(meta, today);
  const rows: GeneratedRow[] = [];
  if (last < meta.onSaleDay) return rows;
  const rng = createRng(meta.seed ^ 0x5a1e5);
  const days = last - meta.onSaleDay + 1;
  for (const plan of plans) {
    const total = soldToDate(meta, plan, today);
    const weights = new Float64Array(days);
    let sum = 0;
    for (let i = 0; i < days; i++) {
      const day = meta.onSaleDay + i;
      const w = weight(meta, plan.type, day) * (0.55 + 0.9 * rng.next()) * (isWeekend(day) ? 1.25 : 1);
      weights[i] = w;
      sum += w;
    }
    const counts = new Array<number>(days).fill(0);
    const rests: { i: number; r: number }[] = [];
    let given = 0;
    for (let i = 0; i < days; i++) {
      const exact = (total * (weights[i] ?? 0)) / sum;
      counts[i] = Math.floor(exact);
      given += counts[i] ?? 0;
      rests.push({ i, r: exact - Math.floor(exact) });
    }
    rests.sort((a, b) => b.r - a.r || a.i - b.i);
    for (let k = 0; k < total - given; k++) {
      const i = rests[k % rests.length]?.i ?? 0;
      counts[i] = (counts[i] ?? 0) + 1;
    }
    counts.forEach((tickets, i) => {
      if (tickets > 0) rows.push({ date: isoDay(meta.onSaleDay + i), ticket_type: plan.type, tickets, revenue: (tickets * plan.priceCents) / 100 });
    });
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The cumulative share (0–1) of an event's final sales reached by each day from on-sale to the
 * event day. `typical` leaves out its own campaign launches: the benchmark curve's shape.
 */
export function salesCurve(meta: EventMeta, typical: boolean): Float64Array {
  const span = Math.max(0, meta.eventDay - meta.onSaleDay) + 1;
  const curve = new Float64Array(span);
  let sum = 0;
  for (let i = 0; i < span; i++) {
    sum += weight(meta, 'regular', meta.onSaleDay + i, !typical);
    curve[i] = sum;
  }
  for (let i = 0; i < span; i++) curve[i] = (curve[i] ?? 0) / sum;
  return curve;
}
