// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rowProblems } from './validation-messages';

describe('rowProblems (workbook validation_errors → a list by row)', () => {
  it('lists whole-file problems first, then rows in order, columns left to right, in plain words', () => {
    expect(
      rowProblems([
        { code: 'negative', field: 'revenue', row: 4 },
        { code: 'invalid_date', field: 'date', row: 4 },
        { code: 'not_an_integer', field: 'tickets', row: 2 },
        { code: 'duplicate_row', field: 'ticket_type', row: 5, message: 'Same date and ticket type as row 3' },
        { code: 'empty_file', field: 'file' },
      ]),
    ).toEqual([
      { row: null, column: null, message: 'The file has no sales rows below the header row.' },
      { row: 2, column: 'tickets', message: 'Tickets must be a whole number (no decimals).' },
      { row: 4, column: 'date', message: 'This is not a real day. Write dates as YYYY-MM-DD, e.g. 2026-05-01.' },
      { row: 4, column: 'revenue', message: 'Revenue cannot be negative.' },
      { row: 5, column: 'ticket_type', message: 'Same date and ticket type as row 3. Keep one row per date and ticket type.' },
    ]);
  });

  it('text where the tickets go asks for digits; text where the revenue goes asks for a plain amount', () => {
    expect(rowProblems([{ code: 'not_a_number', field: 'tickets', row: 6 }, { code: 'not_a_number', field: 'revenue', row: 6 }])).toEqual([
      { row: 6, column: 'tickets', message: 'Enter the number of tickets in digits, e.g. 12.' },
      { row: 6, column: 'revenue', message: 'The revenue must be a number, without a currency sign (e.g. 1250.50), or a number cell.' },
    ]);
  });

  it('explains a missing header column and a blank cell', () => {
    expect(rowProblems([{ code: 'missing_column', field: 'tickets', row: 1 }, { code: 'required', field: 'ticket_type', row: 3 }])).toEqual([
      { row: 1, column: null, message: 'The first row of the first sheet must read: date, ticket_type, tickets, revenue. It has no tickets column.' },
      { row: 3, column: 'ticket_type', message: 'The ticket type is missing.' },
    ]);
  });

  it('unknown codes fall back to the server message, never a raw key alone', () => {
    expect(rowProblems([{ code: 'too_old', field: 'date', row: 9, message: 'Before the on-sale date' }])[0]?.message).toBe(
      'The date was not accepted: Before the on-sale date',
    );
    expect(rowProblems([{ code: 'weird', row: 2 }])[0]?.message).toBe('The value was not accepted (weird).');
  });

  it('a type spelled other than the event or an earlier row spells it, revenue past cents; "stopped checking" is not a row to fix', () => {
    expect(rowProblems([
      { code: 'existing_type', field: 'ticket_type', row: 3, message: 'regular' },
      { code: 'type_spelling', field: 'ticket_type', row: 5, message: 'Box office' },
      { code: 'too_many_decimals', field: 'revenue', row: 4 },
      { code: 'too_many_errors', field: 'file', message: 'Rows after 340 were not checked' },
    ]).map((p) => p.message)).toEqual([
      'The event already has this ticket type, written “regular”. Write it the same way, or its tickets are counted as a separate type.',
      'Use at most two decimals (cents).',
      'An earlier row writes this ticket type “Box office”. Write it the same way, or its tickets are counted as a separate type.',
    ]);
  });

  it('a ticket category\'s name where its type is meant names the type to write', () => {
    expect(rowProblems([{ code: 'category_name', field: 'ticket_type', row: 2, message: 'regular' }]).map((p) => p.message)).toEqual([
      'This is the name of a ticket category. Its ticket type is written “regular”: write that, or its tickets are counted as a separate type.',
    ]);
  });
});
