// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { salesPreview } from './sales-preview';
import { NEW_TYPE, type SalesFormValues } from './sales-form';

const form = (over: Partial<SalesFormValues> = {}): SalesFormValues => ({
  mode: 'range',
  from: '2026-11-10',
  to: '2026-11-13',
  lines: [
    { choice: 'regular', newType: '', sold: '100', revenue: '4500' },
    { choice: NEW_TYPE, newType: 'Student', sold: '8', revenue: '160.10' },
  ],
  ...over,
});

describe('salesPreview', () => {
  it('days × lines, per-day shares and totals', () => {
    const p = salesPreview(form());
    expect(p).toMatchObject({ from: '2026-11-10', to: '2026-11-13', days: 4, rows: 8, totalTickets: 108, totalRevenue: 4660.1 });
    expect(p.lines).toEqual([
      { type: 'regular', tickets: 100, revenue: 4500, ticketsPerDay: 25, revenuePerDay: 1125 },
      { type: 'Student', tickets: 8, revenue: 160.1, ticketsPerDay: 2, revenuePerDay: 40.025 },
    ]);
  });

  it('a single day uses from for both ends', () => {
    expect(salesPreview(form({ mode: 'day', to: '' }))).toMatchObject({ from: '2026-11-10', to: '2026-11-10', days: 1, rows: 2 });
  });

  it('no days while the range is incomplete or reversed; no totals while a line is invalid', () => {
    expect(salesPreview(form({ to: '' }))).toMatchObject({ days: null, rows: null, from: null, prompt: 'Choose the last day to see the period.' });
    expect(salesPreview(form({ from: '', to: '' }))).toMatchObject({ days: null, prompt: 'Choose the first and last day to see the period.' });
    expect(salesPreview(form({ from: '' }))).toMatchObject({ days: null, prompt: 'Choose the first day to see the period.' });
    expect(salesPreview(form({ to: '2026-11-01' }))).toMatchObject({ days: null, prompt: 'The last day must be on or after the first day.' });
    expect(salesPreview(form({ mode: 'day', from: '' }))).toMatchObject({ days: null, prompt: 'Choose the day to see the period.' });
    expect(salesPreview(form())).toMatchObject({ prompt: null });
    const p = salesPreview(form({ lines: [{ choice: 'vip', newType: '', sold: '2.5', revenue: '' }] }));
    expect(p).toMatchObject({ totalTickets: null, totalRevenue: null });
    expect(p.lines[0]).toEqual({ type: 'vip', tickets: null, revenue: null, ticketsPerDay: null, revenuePerDay: null });
  });
});
