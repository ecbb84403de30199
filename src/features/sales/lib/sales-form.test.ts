// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { salesDateWarning, defaultSalesDay, defaultSalesValues, type LineValues, NEW_TYPE, overCapacityLines, salesFormIssues, salesFormSchema, type SalesFormValues } from './sales-form';

const TODAY = '2026-11-20';
const line = (over: Partial<LineValues> = {}): LineValues => ({ choice: 'regular', newType: '', sold: '10', revenue: '450', ...over });
const values = (over: Partial<SalesFormValues> = {}): SalesFormValues => ({ mode: 'day', from: '2026-11-19', to: '', lines: [line()], ...over });
const issues = (v: SalesFormValues) => Object.fromEntries(salesFormIssues(v, TODAY).map((i) => [i.path.join('.'), i.message]));

describe('sales form validation', () => {
  it('accepts a valid single day and gives the API body (from = to)', () => {
    const result = salesFormSchema({ eid: 'evt_1', today: TODAY })['~standard'].validate(values({ lines: [line({ sold: '1,200', revenue: '1.250,50' })] }));
    expect(result).toEqual({ value: { eid: 'evt_1', from: '2026-11-19', to: '2026-11-19', tickets: [{ type: 'regular', sold: 1200, revenue: 1250.5 }] } });
  });

  it('uses the typed name of a new ticket type, trimmed', () => {
    const result = salesFormSchema({ eid: 'e', today: TODAY })['~standard'].validate(values({ lines: [line({ choice: NEW_TYPE, newType: '  Student ' })] }));
    expect(result).toMatchObject({ value: { tickets: [{ type: 'Student' }] } });
  });

  it('dates: required, real days, not in the future (today is allowed)', () => {
    expect(issues(values({ from: '' }))).toEqual({ from: 'Choose the day.' });
    expect(issues(values({ from: '2026-02-31' }))).toEqual({ from: 'Enter the day as a real calendar day.' });
    expect(issues(values({ from: '2026-11-21' })).from).toMatch(/^Sales cannot be in the future \(today is/);
    expect(issues(values({ from: TODAY }))).toEqual({});
  });

  it('dates before 2000 (a mistyped year) are refused: the sales history starts there', () => {
    expect(issues(values({ from: '0026-05-01' })).from).toBe('Sales cannot be dated before 1 January 2000. Check the year.');
    expect(issues(values({ mode: 'range', from: '2000-01-01', to: '2000-01-02' }))).toEqual({});
  });

  it('ranges: from ≤ to, both in the past, at most 366 days', () => {
    expect(issues(values({ mode: 'range', from: '2026-11-10', to: '2026-11-12' }))).toEqual({});
    expect(issues(values({ mode: 'range', from: '2026-11-10', to: '2026-11-10' }))).toEqual({});
    expect(issues(values({ mode: 'range', from: '2026-11-12', to: '2026-11-10' }))).toEqual({ to: 'The last day must be on or after the first day.' });
    expect(issues(values({ mode: 'range', from: '2026-11-12', to: '' }))).toEqual({ to: 'Choose the last day.' });
    expect(issues(values({ mode: 'range', from: '2026-11-12', to: '2026-11-25' })).to).toMatch(/future/);
    expect(issues(values({ mode: 'range', from: '2025-11-18', to: '2026-11-19' }))).toEqual({ to: 'A range can cover at most 366 days.' });
    expect(issues(values({ mode: 'range', from: '2025-11-19', to: '2026-11-19' }))).toEqual({});
  });

  it('a single day ignores whatever is left in the hidden "to" field', () => {
    expect(issues(values({ mode: 'day', to: '1999-99-99' }))).toEqual({});
  });

  it('tickets: whole, non-negative numbers', () => {
    expect(issues(values({ lines: [line({ sold: '' })] }))).toEqual({ 'lines.0.sold': 'Enter the number of tickets (0 if none were sold).' });
    expect(issues(values({ lines: [line({ sold: '-3' })] }))).toEqual({ 'lines.0.sold': 'Tickets cannot be negative.' });
    expect(issues(values({ lines: [line({ sold: '2.5' })] }))).toEqual({ 'lines.0.sold': 'Tickets must be a whole number.' });
    expect(issues(values({ lines: [line({ sold: 'ten' })] }))).toEqual({ 'lines.0.sold': 'Enter the number of tickets as digits, e.g. 120.' });
    expect(issues(values({ lines: [line({ sold: '0' })] }))).toEqual({});
  });

  it('revenue: a non-negative amount with at most cents', () => {
    expect(issues(values({ lines: [line({ revenue: '-1' })] }))).toEqual({ 'lines.0.revenue': 'Revenue cannot be negative.' });
    expect(issues(values({ lines: [line({ revenue: '12.345,678' })] }))).toEqual({ 'lines.0.revenue': 'Use at most two decimals (cents).' });
    expect(issues(values({ lines: [line({ revenue: '€5' })] }))).toEqual({ 'lines.0.revenue': 'Enter the revenue as an amount, e.g. 1250.50.' });
    expect(issues(values({ lines: [line({ revenue: '0' })] }))).toEqual({});
  });

  it('lines: at least one; empty lines are errors on each missing input; no type twice', () => {
    expect(issues(values({ lines: [] }))).toEqual({ lines: 'Add at least one ticket line.' });
    expect(issues(values({ lines: [line(), line({ choice: '', sold: '', revenue: '' })] }))).toEqual({
      'lines.1.choice': 'Choose a ticket type.',
      'lines.1.sold': 'Enter the number of tickets (0 if none were sold).',
      'lines.1.revenue': 'Enter the revenue (0 if there was none).',
    });
    expect(issues(values({ lines: [line(), line({ choice: NEW_TYPE, newType: ' ' })] }))).toEqual({ 'lines.1.newType': 'Name the new ticket type.' });
    expect(issues(values({ lines: [line(), line({ choice: NEW_TYPE, newType: 'Regular' })] }))).toEqual({
      'lines.1.newType': 'This ticket type is already on another line; combine them.',
    });
  });

  it('a new ticket type named like an existing one (in any case) is refused, naming the one to choose', () => {
    const options = [{ value: 'regular', label: 'Standing (regular)' }];
    const found = salesFormIssues(values({ lines: [line({ choice: NEW_TYPE, newType: ' Regular ' })] }), TODAY, options);
    expect(found).toEqual([{ path: ['lines', 0, 'newType'], message: 'The event already has this ticket type: choose “Standing (regular)” in the list instead.' }]);
  });

  it('a new ticket type named like an existing category (case, accents, spaces aside) is refused, naming the one to choose', () => {
    const options = [{ value: 'regular', label: 'Grandstand (regular)', names: ['Grandstand'] }, { value: 'subscription', label: 'Saison Ticket (subscription)', names: ['Saison Ticket'] }];
    const at = (newType: string) => salesFormIssues(values({ lines: [line({ choice: NEW_TYPE, newType })] }), TODAY, options);
    expect(at('grandstand ')).toEqual([{ path: ['lines', 0, 'newType'], message: 'The event already has this ticket type: choose “Grandstand (regular)” in the list instead.' }]);
    expect(at('SAISÓN  ticket')).toEqual([{ path: ['lines', 0, 'newType'], message: 'The event already has this ticket type: choose “Saison Ticket (subscription)” in the list instead.' }]);
    expect(at('Grandstand North')).toEqual([]);
  });

  it('two lines naming one new type apart only in accents or spaces are one type', () => {
    expect(issues(values({ lines: [line({ choice: NEW_TYPE, newType: 'Café Club' }), line({ choice: NEW_TYPE, newType: 'cafe  club' })] }))).toEqual({
      'lines.1.newType': 'This ticket type is already on another line; combine them.',
    });
  });

  it('reports every problem at once (dates and lines together)', () => {
    expect(Object.keys(issues(values({ mode: 'range', from: '2026-11-12', to: '2026-11-10', lines: [line({ sold: '-1', revenue: 'x' })] })))).toEqual([
      'to', 'lines.0.sold', 'lines.0.revenue',
    ]);
  });

  it('defaults: one line of the first known type, the given day', () => {
    expect(defaultSalesValues('2026-11-19', 'regular')).toEqual({ mode: 'day', from: '2026-11-19', to: '2026-11-19', lines: [{ choice: 'regular', newType: '', sold: '', revenue: '' }] });
  });

  it('past a type\'s capacity: an issue at the line\'s Tickets until the user confirms; unknown capacity or a new type is not checked', () => {
    const options = [
      { value: 'regular', label: 'Standing', capacity: 1000, sold: 900 },
      { value: 'vip', label: 'VIP', capacity: null, sold: 5 },
    ];
    const v = values({ lines: [line({ choice: 'regular', sold: '101' }), line({ choice: 'vip', sold: '999999' }), line({ choice: NEW_TYPE, newType: 'Box', sold: '5000' })] });
    expect(overCapacityLines(v, options)).toEqual([{ index: 0, message: 'That makes 1,001 sold of 1,000 seats (100 left). Check the number, or confirm below.' }]);
    expect(salesFormIssues(v, TODAY, options).filter((i) => i.path.join('.') === 'lines.0.sold')).toHaveLength(1);
    expect(salesFormIssues({ ...v, overCapacity: true }, TODAY, options).filter((i) => i.path.join('.') === 'lines.0.sold')).toHaveLength(0);
    expect(overCapacityLines(values({ lines: [line({ choice: 'regular', sold: '100' })] }), options)).toEqual([]); // exactly full is fine
  });
});

describe('the event day', () => {
  it('a new entry starts yesterday, or on the event’s day once the event is over', () => {
    expect(defaultSalesDay('2026-11-20', '2026-12-24')).toBe('2026-11-19');
    expect(defaultSalesDay('2026-11-20', '2026-11-20')).toBe('2026-11-19');
    expect(defaultSalesDay('2026-11-20', '2026-08-18')).toBe('2026-08-18');
    expect(defaultSalesDay('2026-11-20', null)).toBe('2026-11-19');
  });

  it('sales after the event’s day are questioned: the day, or a range’s last day', () => {
    expect(salesDateWarning({ mode: 'day', from: '2026-08-18', to: '2026-08-18' }, '2026-08-18', '2026-11-20')).toBeNull();
    expect(salesDateWarning({ mode: 'day', from: '2026-08-19', to: '2026-08-19' }, '2026-08-18', '2026-11-20')).toMatch(/^The event took place on .*Check the date,/);
    expect(salesDateWarning({ mode: 'range', from: '2026-08-10', to: '2026-08-19' }, '2026-08-18', '2026-11-20')).toMatch(/Check the dates,/);
    // a range's stale second field does not count in one-day mode
    expect(salesDateWarning({ mode: 'day', from: '2026-08-10', to: '2026-09-01' }, '2026-08-18', '2026-11-20')).toBeNull();
    expect(salesDateWarning({ mode: 'day', from: '', to: '' }, '2026-08-18', '2026-11-20')).toBeNull();
    expect(salesDateWarning({ mode: 'day', from: '2026-09-01', to: '2026-09-01' }, null, '2026-11-20')).toBeNull();
    // a future date is refused already (the event has not taken place): no second, contradicting message
    expect(salesDateWarning({ mode: 'day', from: '2026-12-20', to: '2026-12-20' }, '2026-12-16', '2026-12-06')).toBeNull();
  });

  it('sales more than a year before the event (or today, for an event to come) are questioned too: a mistyped year', () => {
    const early = /^The event took place on .*; sales more than a year before it are unusual\. Check the year,/;
    expect(salesDateWarning({ mode: 'day', from: '2016-12-05', to: '2016-12-05' }, '2026-12-01', '2026-12-07')).toMatch(early);
    expect(salesDateWarning({ mode: 'range', from: '2025-11-01', to: '2025-11-30' }, '2026-12-01', '2026-12-07')).toMatch(early);
    // a year ahead is usual for a big show
    expect(salesDateWarning({ mode: 'day', from: '2025-11-30', to: '2025-11-30' }, '2026-12-01', '2026-12-07')).toBeNull();
    expect(salesDateWarning({ mode: 'day', from: '2025-11-29', to: '2025-11-29' }, '2026-12-01', '2026-12-07')).toMatch(early);
    // an event two years ahead: the form's own default (yesterday) is not questioned, a year before today is
    expect(salesDateWarning({ mode: 'day', from: '2026-12-06', to: '2026-12-06' }, '2028-12-10', '2026-12-07')).toBeNull();
    expect(salesDateWarning({ mode: 'day', from: '2016-12-06', to: '2016-12-06' }, '2028-12-10', '2026-12-07'))
      .toMatch(/^The event is on .*; sales more than a year before today are unusual\./);
  });

  it('a date the form refuses gets its refusal only, never a warning beside it', () => {
    expect(salesDateWarning({ mode: 'day', from: '1999-12-31', to: '1999-12-31' }, '2026-12-01', '2026-12-07')).toBeNull();
    // a range longer than a year is refused
    expect(salesDateWarning({ mode: 'range', from: '2016-12-05', to: '2026-12-01' }, '2026-12-01', '2026-12-07')).toBeNull();
    expect(salesDateWarning({ mode: 'range', from: '2025-11-01', to: '' }, '2026-12-01', '2026-12-07')).toBeNull();
  });
});
