// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { salesHistoryRange, summarizeSales } from './sales-summary';

describe('summarizeSales', () => {
  it('counts days with sales, sums tickets and revenue in cents, finds first and last', () => {
    expect(
      summarizeSales([
        { date: '2026-11-02', tickets: 3, revenue: 0.1 },
        { date: '2026-10-30', tickets: 0, revenue: 0 },
        { date: '2026-10-31', tickets: 2, revenue: 0.2 },
        { date: '2026-11-05', tickets: null, revenue: 5 },
      ]),
    ).toEqual({ days: 3, first: '2026-10-31', last: '2026-11-05', tickets: 5, revenue: 5.3 });
  });

  it('nothing recorded', () => {
    expect(summarizeSales([])).toEqual({ days: 0, first: null, last: null, tickets: 0, revenue: 0 });
  });

  it('the history ends today', () => {
    expect(salesHistoryRange('2026-11-20')).toEqual({ start: '2000-01-01', end: '2026-11-20' });
  });
});
