// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { perDayText, salesPreview } from './sales-preview';
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
      { type: 'regular', tickets: 100, revenue: 4500 },
      { type: 'Student', tickets: 8, revenue: 160.1 },
    ]);
  });

  it('per day says what the ingest stores: whole tickets, each day with its tickets\' revenue', () => {
    const line = (tickets: number | null, revenue: number | null) => ({ type: 'vip', tickets, revenue });
    expect(perDayText(line(3, 99.99), 10, 'EUR')).toBe('1 ticket · €33.33 on 3 of the 10 days');
    expect(perDayText(line(25, 1000), 10, 'EUR')).toBe('2–3 tickets · about €100.00 a day');
    expect(perDayText(line(20, 1000), 10, 'EUR')).toBe('2 tickets · about €100.00 a day');
    expect(perDayText(line(0, 50), 10, 'EUR')).toBe('€5.00 a day, no tickets');
    expect(perDayText(line(0, 0), 10, 'EUR')).toBe('nothing');
    expect(perDayText(line(null, 50), 10, 'EUR')).toBeNull();
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
    expect(p.lines[0]).toEqual({ type: 'vip', tickets: null, revenue: null });
  });
});
