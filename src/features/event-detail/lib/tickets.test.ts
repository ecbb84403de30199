// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../api/schemas';
import { ticketRows, ticketTotals } from './tickets';

const t = (id: string, capacity: number | null, sold: number | null, revenue: number | null): Ticket => ({
  id, name: id, type: 'regular', price: 10, capacity, sold, revenue,
});

describe('tickets', () => {
  it('sell-through per category, null without capacity', () => {
    expect(ticketRows([t('a', 200, 50, 500), t('b', null, 5, 50), t('c', 0, 0, 0)]).map((r) => r.sellThrough)).toEqual([0.25, null, null]);
  });

  it('totals; sell-through over categories with a capacity only', () => {
    expect(ticketTotals([t('a', 200, 50, 500), t('b', null, 5, null), t('c', 100, 100, 1000)])).toEqual({
      sold: 155, capacity: 300, revenue: 1500, sellThrough: 0.5,
    });
    expect(ticketTotals([])).toEqual({ sold: null, capacity: null, revenue: null, sellThrough: null });
  });
});
