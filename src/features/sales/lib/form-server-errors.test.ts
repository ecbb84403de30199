// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mapIngestErrors } from './form-server-errors';
import { NEW_TYPE, type SalesFormValues } from './sales-form';

const values = (mode: 'day' | 'range'): SalesFormValues => ({
  mode,
  from: '2026-11-10',
  to: '2026-11-12',
  lines: [
    { choice: 'regular', newType: '', sold: '1', revenue: '1' },
    { choice: NEW_TYPE, newType: 'Student', sold: '1', revenue: '1' },
  ],
});

describe('mapIngestErrors (validation_errors → inputs)', () => {
  it('maps dates and ticket-line paths onto the inputs that show them', () => {
    const mapped = mapIngestErrors(
      [
        { code: 'date_in_future', field: 'from' },
        { code: 'before_from', field: 'to' },
        { code: 'not_an_integer', field: 'tickets.1.sold' },
        { code: 'negative', field: 'tickets.0.revenue' },
        { code: 'duplicate', field: 'tickets.1.type' },
        { code: 'required', field: 'tickets.0.type' },
      ],
      values('range'),
    );
    expect(mapped.general).toEqual([]);
    expect(mapped.fields).toEqual([
      { name: 'from', message: 'The date is in the future. Sales can only be recorded up to today.' },
      { name: 'to', message: 'The last day must be on or after the first day.' },
      { name: 'lines.1.sold', message: 'Tickets must be a whole number (no decimals).' },
      { name: 'lines.0.revenue', message: 'Revenue cannot be negative.' },
      { name: 'lines.1.newType', message: 'This ticket type appears on another line too. Combine them into one line.' },
      { name: 'lines.0.choice', message: 'The ticket type is missing.' },
    ]);
  });

  it('with a single day, errors about `to` go to the one date input', () => {
    expect(mapIngestErrors([{ code: 'date_in_future', field: 'to' }], values('day')).fields).toEqual([
      { name: 'from', message: 'The date is in the future. Sales can only be recorded up to today.' },
    ]);
  });

  it('anything without an input (eid, the whole list, unknown lines, no field) is a general error', () => {
    const mapped = mapIngestErrors(
      [
        { code: 'required', field: 'eid' },
        { code: 'empty', field: 'tickets' },
        { code: 'invalid', field: 'tickets.7' },
        { code: 'odd_rule', message: 'Not on Sundays' },
      ],
      values('day'),
    );
    expect(mapped.fields).toEqual([]);
    expect(mapped.general).toEqual([
      'The event is missing.',
      'Add at least one ticket line.',
      'Ticket line 8: The value was not accepted (invalid).',
      'The value was not accepted: Not on Sundays',
    ]);
  });
});
