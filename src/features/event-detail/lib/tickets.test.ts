// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../api/schemas';
import { formatPercent } from '@/lib/format';
import { capacityNote, sellThroughSummary, ticketRows, ticketTotals } from './tickets';

const t = (id: string, capacity: number | null, sold: number | null, revenue: number | null): Ticket => ({
  id, name: id, type: 'regular', price: 10, capacity, sold, revenue,
});

describe('tickets', () => {
  it('sell-through per category, null without capacity', () => {
    expect(ticketRows([t('a', 200, 50, 500), t('b', null, 5, 50), t('c', 0, 0, 0)]).map((r) => r.sellThrough)).toEqual([0.25, null, null]);
  });

  it('totals; sell-through over categories with a capacity only, and the total capacity unknown then', () => {
    // 155 sold beside a capacity of 300 would read as 52 % next to a sell-through of 50 %
    expect(ticketTotals([t('a', 200, 50, 500), t('b', null, 5, null), t('c', 100, 100, 1000)])).toEqual({
      sold: 155, capacity: null, revenue: 1500, sellThrough: 0.5, withoutCapacity: ['b'],
    });
    expect(ticketTotals([t('a', 200, 50, 500), t('c', 100, 100, 1000)])).toEqual({
      sold: 150, capacity: 300, revenue: 1500, sellThrough: 0.5, withoutCapacity: [],
    });
    // no capacity known at all: nothing to leave out of a sell-through there is none of
    expect(ticketTotals([t('b', null, 5, 50)])).toMatchObject({ capacity: null, sellThrough: null, withoutCapacity: [] });
    expect(ticketTotals([])).toEqual({ sold: null, capacity: null, revenue: null, sellThrough: null, withoutCapacity: [] });
  });

  it('names the best and least selling category, or says they sell alike at the same whole percent', () => {
    expect(sellThroughSummary(ticketRows([t('Grandstand', 100, 90, null), t('Season', 100, 40, null)])))
      .toBe(`Grandstand sells best (${formatPercent(0.9)} sold), Season least (${formatPercent(0.4)}).`);
    expect(sellThroughSummary(ticketRows([t('Grandstand', 100, 100, null), t('Season', 50, 50, null)]))).toBe(`All categories are ${formatPercent(1)} sold.`);
    // 42.1 % and 41.9 % both show as 42 %
    expect(sellThroughSummary(ticketRows([t('a', 1000, 421, null), t('b', 1000, 419, null), t('c', null, 3, null)])))
      .toBe(`Every category with a known capacity is ${formatPercent(0.42)} sold.`);
    expect(sellThroughSummary(ticketRows([t('a', 200, 50, null)]))).toBe(`a: ${formatPercent(0.25)} sold.`);
    expect(sellThroughSummary(ticketRows([t('a', null, 5, null)]))).toBe('No category has a known capacity yet.');
  });

  it('never names a free category (a guest list) the least selling beside paid ones', () => {
    const guests = { ...t('Guest List', 100, 0, 0), price: 0 };
    expect(sellThroughSummary(ticketRows([t('Grandstand', 100, 90, null), t('Season', 100, 40, null), guests])))
      .toBe(`Grandstand sells best (${formatPercent(0.9)} sold), Season least (${formatPercent(0.4)}) of the paid categories.`);
    expect(sellThroughSummary(ticketRows([t('Grandstand', 100, 50, null), guests]))).toBe(`Grandstand: ${formatPercent(0.5)} sold (the only paid category).`);
    expect(sellThroughSummary(ticketRows([t('a', 100, 100, null), t('b', 50, 50, null), guests]))).toBe(`Every paid category is ${formatPercent(1)} sold.`);
    // free only: they are what there is
    expect(sellThroughSummary(ticketRows([guests, { ...t('Press', 10, 5, 0), price: 0 }]))).toBe(`Press sells best (${formatPercent(0.5)} sold), Guest List least (${formatPercent(0)}).`);
  });

  it('says why the categories’ capacity is not the event’s (an edited capacity), and nothing when they match', () => {
    expect(capacityNote(4100, 5000)).toBe(`The categories hold ${(4100).toLocaleString()} of the event's ${(5000).toLocaleString()} seats; the demand benchmark and the sales chart count all ${(5000).toLocaleString()}.`);
    expect(capacityNote(5200, 5000)).toMatch(/^The categories hold .+ seats, more than the event's capacity of /);
    expect(capacityNote(5000, 5000)).toBeNull();
    expect(capacityNote(null, 5000)).toBeNull();
    expect(capacityNote(4100, null)).toBeNull();
  });
});
