// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDayRange } from '@/lib/format';
import { importedSalesText, salesAdded } from './imported-sales';

const before = { at: 1, days: [{ date: '2026-11-29', tickets: 5, revenue: 100 }, { date: '2026-11-30', tickets: 1, revenue: null }] };
const after = { at: 2, days: [{ date: '2026-11-29', tickets: 5, revenue: 100 }, { date: '2026-11-30', tickets: 2001, revenue: 1500 }, { date: '2026-12-01', tickets: 1, revenue: 180000 }] };

describe('what an upload added, from the recorded sales before and after it', () => {
  it('sums the change and names the days that changed', () => {
    expect(salesAdded(before, after)).toEqual({ tickets: 2001, revenue: 181500, first: '2026-11-30', last: '2026-12-01' });
    expect(importedSalesText(2, { tickets: 2001, revenue: 181500, first: '2026-11-30', last: '2026-12-01' }, 'EUR')).toBe(
      `Imported 2 rows: 2,001 tickets and €181,500.00 (${formatDayRange('2026-11-30', '2026-12-01')}).`, // "30 November – 1 December 2026"
    );
    expect(importedSalesText(1, { tickets: 0, revenue: 0, first: null, last: null }, 'EUR')).toBe('Imported 1 row: 0 tickets and €0.00.');
  });

  it('says nothing when either read is missing, or the days were not read again after the upload', () => {
    expect(salesAdded(null, after)).toBeNull();
    expect(salesAdded(before, null)).toBeNull();
    expect(salesAdded(before, { ...before })).toBeNull();
  });
});
