/**
 * Ticket sales per event: the one source every derived number is computed from (daily summary,
 * tickets, event statistics, the sales graph's current curve, KPIs). Sales are generated lazily
 * per event on first read; once an ingest touches an event, its stored rows replace the
 * generated ones. The sales-ingest handlers use the functions below.
 */
import { partnerDayNumber } from './dates';
import type { EventRow } from './event-types';
import { findRecord } from './events';
import { generateRows, soldToDate, ticketPlan, type TicketPlan } from './sales-model';
import { defineTable, mockOptions } from './store';

/** One day × ticket type (the sales workbook's columns, contract §6). */
export type SalesRow = { date: string /* YYYY-MM-DD */; ticket_type: string; tickets: number; revenue: number };

export interface TypeTotals { tickets: number; revenueCents: number }
export interface SalesTotals { tickets: number; revenueCents: number; byType: Map<string, TypeTotals> }

interface SalesState {
  /** Rows written by ingests (an empty array = cleared). Wins over generated rows. */
  stored: Map<string, SalesRow[]>;
  generated: Map<string, SalesRow[]>;
  plans: Map<string, TicketPlan[]>;
  totals: Map<string, SalesTotals>;
}

const salesTable = defineTable<SalesState>(() => ({ stored: new Map(), generated: new Map(), plans: new Map(), totals: new Map() }));

const today = () => partnerDayNumber(mockOptions().now.getTime());

/** The event row of `partnerId` (undefined for unknown ids and other partners' events). */
export function findEvent(partnerId: string, eid: string): EventRow | undefined {
  return findRecord(partnerId, eid)?.row;
}

/** The event's ticket categories as generated (prices in cents, capacities). */
export function ticketPlansOf(partnerId: string, eid: string): TicketPlan[] {
  const rec = findRecord(partnerId, eid);
  if (!rec) return [];
  const state = salesTable(partnerId);
  let plans = state.plans.get(eid);
  if (!plans) {
    plans = ticketPlan(rec.meta);
    state.plans.set(eid, plans);
  }
  return plans;
}

/** Internal: the live rows (not copied). */
function rowsOf(partnerId: string, eid: string): readonly SalesRow[] {
  const rec = findRecord(partnerId, eid);
  if (!rec) return [];
  const state = salesTable(partnerId);
  const stored = state.stored.get(eid);
  if (stored) return stored;
  let rows = state.generated.get(eid);
  if (!rows) {
    rows = generateRows(rec.meta, ticketPlansOf(partnerId, eid), today());
    state.generated.set(eid, rows);
  }
  return rows;
}

const cents = (money: number) => Math.round(money * 100);

/** One row per (date, ticket_type), tickets and revenue summed; sorted by date. */
function normalize(rows: readonly SalesRow[]): SalesRow[] {
  const byKey = new Map<string, SalesRow>();
  for (const r of rows) {
    const key = `${r.date}|${r.ticket_type}`;
    const prev = byKey.get(key);
    if (prev) {
      prev.tickets += r.tickets;
      prev.revenue = (cents(prev.revenue) + cents(r.revenue)) / 100;
    } else {
      byKey.set(key, { date: r.date, ticket_type: r.ticket_type, tickets: r.tickets, revenue: cents(r.revenue) / 100 });
    }
  }
  return [...byKey.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function store(partnerId: string, eid: string, rows: SalesRow[]): void {
  if (!findRecord(partnerId, eid)) return;
  const state = salesTable(partnerId);
  state.stored.set(eid, rows);
  state.totals.delete(eid);
}

/** A copy of the event's sales rows, sorted by date ([] for unknown events). */
export function getSalesRows(partnerId: string, eid: string): SalesRow[] {
  return rowsOf(partnerId, eid).map((r) => ({ ...r }));
}

/** Adds rows on top of the existing ones (same day and type: tickets and revenue add up). */
export function addSalesRows(partnerId: string, eid: string, rows: SalesRow[]): void {
  store(partnerId, eid, normalize([...rowsOf(partnerId, eid), ...rows]));
}

/** Replaces all of the event's rows. */
export function replaceSalesRows(partnerId: string, eid: string, rows: SalesRow[]): void {
  store(partnerId, eid, normalize(rows));
}

/** Removes every sale of the event (DELETE /daily_revenue_summary). */
export function clearSalesRows(partnerId: string, eid: string): void {
  store(partnerId, eid, []);
}

/**
 * Totals to date. For untouched events they come from the plan without materializing the daily
 * rows (fast for 10,000 events); the generated rows sum to exactly these numbers.
 */
export function salesTotals(partnerId: string, eid: string): SalesTotals {
  const state = salesTable(partnerId);
  const cached = state.totals.get(eid);
  if (cached) return cached;
  const totals: SalesTotals = { tickets: 0, revenueCents: 0, byType: new Map() };
  const add = (type: string, tickets: number, revenueCents: number) => {
    const t = totals.byType.get(type) ?? { tickets: 0, revenueCents: 0 };
    t.tickets += tickets;
    t.revenueCents += revenueCents;
    totals.byType.set(type, t);
    totals.tickets += tickets;
    totals.revenueCents += revenueCents;
  };
  const stored = state.stored.get(eid);
  const rec = findRecord(partnerId, eid);
  if (stored) for (const r of stored) add(r.ticket_type, r.tickets, cents(r.revenue));
  else if (rec) {
    for (const plan of ticketPlansOf(partnerId, eid)) {
      const sold = soldToDate(rec.meta, plan, today());
      add(plan.type, sold, sold * plan.priceCents);
    }
  }
  state.totals.set(eid, totals);
  return totals;
}

export interface DaySummary { date: string; revenue: number; tickets: number }

/** Revenue and tickets per day (days without sales are missing), within [from, to] if given. */
export function dailySummary(partnerId: string, eid: string, from?: string, to?: string): DaySummary[] {
  const byDate = new Map<string, { cents: number; tickets: number }>();
  for (const r of rowsOf(partnerId, eid)) {
    if ((from && r.date < from) || (to && r.date > to)) continue;
    const day = byDate.get(r.date) ?? { cents: 0, tickets: 0 };
    day.cents += cents(r.revenue);
    day.tickets += r.tickets;
    byDate.set(r.date, day);
  }
  return [...byDate].map(([date, d]) => ({ date, revenue: d.cents / 100, tickets: d.tickets }));
}
