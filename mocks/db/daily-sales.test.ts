// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { addSalesRows, clearSalesRows, dailySummary, findEvent, getSalesRows, replaceSalesRows, salesTotals } from './daily-sales';
import { dayOf, isoDay } from './dates';
import { eventStatistics } from './event-stats';
import { allRecords } from './events';
import { salesGraph } from './sales-graph';
import { ticketPlan } from './sales-model';
import { resetMock } from './store';

const NOW = new Date('2026-11-20T08:00:00Z');
const TODAY = isoDay(dayOf(NOW.getTime()));
const ACME = 'partner-id-acme';

beforeEach(() => resetMock({ now: NOW }));

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const cents = (xs: number[]) => sum(xs.map((x) => Math.round(x * 100)));

describe('daily sales', () => {
  it('sums consistently: rows = daily summary = totals = statistics, for every acme event', () => {
    for (const { row } of allRecords(ACME)) {
      const totals = salesTotals(ACME, row.id);
      const rows = getSalesRows(ACME, row.id);
      const days = dailySummary(ACME, row.id);
      expect(sum(rows.map((r) => r.tickets))).toBe(totals.tickets);
      expect(cents(rows.map((r) => r.revenue))).toBe(totals.revenueCents);
      expect(sum(days.map((d) => d.tickets))).toBe(totals.tickets);
      expect(cents(days.map((d) => d.revenue))).toBe(totals.revenueCents);
      const stats = eventStatistics(ACME, row.id);
      expect(stats?.purchases).toBe(totals.tickets);
      expect(stats?.revenue).toBe(totals.revenueCents / 100);
    }
  });

  it('never sells after now, nor more than a category holds', () => {
    for (const { row, meta } of allRecords(ACME).slice(0, 200)) {
      const rows = getSalesRows(ACME, row.id);
      for (const r of rows) expect(r.date < TODAY).toBe(true);
      for (const plan of ticketPlan(meta)) {
        expect(sum(rows.filter((r) => r.ticket_type === plan.type).map((r) => r.tickets))).toBeLessThanOrEqual(plan.capacity);
      }
    }
  });

  it('looks real: a spike at on-sale, a quieter middle, a surge in the final week', () => {
    const past = allRecords(ACME).filter((r) => r.meta.eventDay < dayOf(NOW.getTime()) && r.meta.eventDay - r.meta.onSaleDay > 60 && r.meta.launchDays.length === 0);
    let checked = 0;
    for (const { row, meta } of past.slice(0, 20)) {
      const perDay = new Map(dailySummary(ACME, row.id).map((d) => [d.date, d.tickets]));
      const avg = (from: number, to: number) => sum(Array.from({ length: to - from + 1 }, (_, i) => perDay.get(isoDay(from + i)) ?? 0)) / (to - from + 1);
      const mid = Math.round((meta.onSaleDay + meta.eventDay) / 2);
      expect(avg(meta.onSaleDay, meta.onSaleDay + 2)).toBeGreaterThan(avg(mid - 5, mid + 5));
      expect(avg(meta.eventDay - 6, meta.eventDay)).toBeGreaterThan(avg(mid - 5, mid + 5));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('jumps at campaign launches', () => {
    const withLaunch = allRecords(ACME).filter((r) => r.meta.launchDays.length && (r.meta.launchDays[0] ?? 0) - r.meta.onSaleDay > 30 && r.meta.eventDay - (r.meta.launchDays[0] ?? 0) > 14);
    let higher = 0;
    for (const { row, meta } of withLaunch.slice(0, 30)) {
      const perDay = new Map(dailySummary(ACME, row.id).map((d) => [d.date, d.tickets]));
      const launch = meta.launchDays[0] ?? 0;
      const window = (from: number) => sum([0, 1, 2, 3, 4].map((i) => perDay.get(isoDay(from + i)) ?? 0));
      if (window(launch) > window(launch - 6)) higher++;
    }
    expect(higher / Math.min(30, withLaunch.length)).toBeGreaterThan(0.8);
  });

  it('add/replace/clear show up in every derived number', () => {
    const nov1 = dayOf(Date.parse('2026-11-01'));
    const eid = allRecords(ACME).find((r) => r.meta.onSaleDay < nov1 && r.meta.eventDay > nov1 + 5)?.row.id ?? '';
    const before = salesTotals(ACME, eid);
    addSalesRows(ACME, eid, [{ date: '2024-01-02', ticket_type: 'regular', tickets: 5, revenue: 100.1 }, { date: '2024-01-02', ticket_type: 'student', tickets: 2, revenue: 20 }]);
    expect(salesTotals(ACME, eid).tickets).toBe(before.tickets + 7);
    expect(salesTotals(ACME, eid).revenueCents).toBe(before.revenueCents + 12010);
    expect(dailySummary(ACME, eid, '2024-01-02', '2024-01-02')).toEqual([{ date: '2024-01-02', tickets: 7, revenue: 120.1 }]);
    expect(eventStatistics(ACME, eid)?.purchases).toBe(before.tickets + 7);
    replaceSalesRows(ACME, eid, [{ date: '2026-11-01', ticket_type: 'vip', tickets: 3, revenue: 300 }, { date: '2026-11-01', ticket_type: 'vip', tickets: 1, revenue: 100 }]);
    expect(getSalesRows(ACME, eid)).toEqual([{ date: '2026-11-01', ticket_type: 'vip', tickets: 4, revenue: 400 }]);
    expect(eventStatistics(ACME, eid)).toMatchObject({ purchases: 4, revenue: 400 });
    const point = salesGraph(ACME, eid)?.sales.find((p) => p.mapped_date === '2026-11-02');
    const capacity = findEvent(ACME, eid)?.capacity ?? 1;
    expect(point?.norm_tickets_sold_current).toBeCloseTo(4 / capacity, 4);
    clearSalesRows(ACME, eid);
    expect(getSalesRows(ACME, eid)).toEqual([]);
    expect(eventStatistics(ACME, eid)).toMatchObject({ purchases: 0, revenue: 0 });
    resetMock({ now: NOW });
    expect(salesTotals(ACME, eid)).toEqual(before);
  });

  it('returns copies, and ignores unknown or foreign events', () => {
    const eid = allRecords(ACME)[0]?.row.id ?? '';
    const rows = getSalesRows(ACME, eid);
    if (rows[0]) rows[0].tickets = 999_999;
    expect(getSalesRows(ACME, eid)[0]?.tickets).not.toBe(999_999);
    expect(findEvent('partner-id-bravo', eid)).toBeUndefined();
    expect(getSalesRows('partner-id-bravo', eid)).toEqual([]);
    addSalesRows('partner-id-bravo', eid, [{ date: '2026-01-01', ticket_type: 'regular', tickets: 1, revenue: 1 }]);
    expect(getSalesRows('partner-id-bravo', eid)).toEqual([]);
  });

  it('draws the sales graph: current until today, benchmark curve, prediction band ahead', () => {
    const future = allRecords(ACME).find((r) => r.meta.predicted !== null && r.meta.onSaleDay < dayOf(NOW.getTime()) - 20 && r.meta.eventDay > dayOf(NOW.getTime()) + 20);
    const graph = salesGraph(ACME, future?.row.id ?? '');
    const points = graph?.sales ?? [];
    expect(points.length).toBe((future?.meta.eventDay ?? 0) - (future?.meta.onSaleDay ?? 0) + 1);
    for (const p of points) {
      if (p.mapped_date <= TODAY) expect(p.norm_tickets_sold_current).not.toBeNull();
      else expect(p.norm_tickets_sold_current).toBeNull();
      if (p.mapped_date >= TODAY) {
        expect(p.norm_tickets_sold_pred_low).toBeLessThanOrEqual(p.norm_tickets_sold_pred ?? -1);
        expect(p.norm_tickets_sold_pred_high).toBeGreaterThanOrEqual(p.norm_tickets_sold_pred ?? 2);
      } else expect(p.norm_tickets_sold_pred).toBeUndefined();
    }
    const currents = points.flatMap((p) => (p.norm_tickets_sold_current === null ? [] : [p.norm_tickets_sold_current]));
    expect([...currents].sort((a, b) => a - b)).toEqual(currents);
    const last = points.at(-1);
    expect(last?.norm_tickets_sold_avg).toBeCloseTo(future?.meta.benchmarkShare ?? 0, 3);
    expect(last?.norm_tickets_sold_pred).toBeCloseTo(future?.meta.predicted ?? 0, 3);
  });
});

describe('sales graph and benchmark', () => {
  it('the curves end, on the event day, at the shares the event and /benchmark publish (one fact, one number)', () => {
    let compared = 0;
    for (const partner of [ACME, 'partner-id-bravo']) {
      for (const { row } of allRecords(partner)) {
        const b = row.benchmark?.prediction;
        const last = salesGraph(partner, row.id)?.sales.at(-1);
        if (!b || b.value === null || b.benchmark === null || !last) continue;
        const unit = Math.max(b.value, b.benchmark) >= 1.5 ? 100 : 1;
        expect(last.norm_tickets_sold_avg).toBeCloseTo(b.benchmark / unit, 6);
        if (last.norm_tickets_sold_pred !== undefined) {
          expect(last.norm_tickets_sold_pred).toBeCloseTo(b.value / unit, 6);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
