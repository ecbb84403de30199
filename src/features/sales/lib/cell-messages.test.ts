// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ValidationError } from '@/lib/api-errors';
import { describeValidationError, rowProblems } from './validation-messages';

const messages = (errors: ValidationError[]) => rowProblems(errors).map((p) => p.message);
afterEach(() => vi.unstubAllGlobals());

describe('a refused workbook cell is quoted, with what the upload reads instead', () => {
  it('text in digit groups: both readings, and the number to write', () => {
    expect(messages([
      { code: 'ambiguous_number', field: 'tickets', row: 2, message: '2.000' },
      { code: 'ambiguous_number', field: 'revenue', row: 2, message: '1.500' },
      { code: 'ambiguous_number', field: 'tickets', row: 3, message: '1.234' },
      { code: 'ambiguous_number', field: 'revenue', row: 3, message: '1.234,50' },
      { code: 'ambiguous_number', field: 'revenue', row: 4, message: '1,234.50' },
    ])).toEqual([
      '“2.000” could mean 2000 or 2, so it was not read. Enter it as a number cell, or write it without the thousands separator: 2000.',
      '“1.500” could mean 1500.00 or 1.50, so it was not read. Enter it as a number cell, or write it without a thousands separator, with a dot before the cents: 1500.00 or 1.50.',
      '“1.234” could mean 1234 or 1.234, so it was not read. Enter it as a number cell, or write it without the thousands separator: 1234.',
      '“1.234,50” is written with a thousands separator, which the upload does not read. Enter it as a number cell, or write it without a thousands separator, with a dot before the cents: 1234.50.',
      '“1,234.50” is written with a thousands separator, which the upload does not read. Enter it as a number cell, or write it without a thousands separator, with a dot before the cents: 1234.50.',
    ]);
  });

  it('a decimal comma gets its dot form, other text is quoted; without the text, the general wording', () => {
    expect(messages([
      { code: 'not_a_number', field: 'revenue', row: 2, message: '480,00' },
      { code: 'not_a_number', field: 'tickets', row: 3, message: 'many' },
      { code: 'not_a_number', field: 'revenue', row: 3, message: '€480' },
      { code: 'ambiguous_number', field: 'tickets', row: 4 },
    ])).toEqual([
      '“480,00” has a decimal comma, which the upload does not read. Enter it as a number cell, or write it with a dot: 480.00.',
      '“many” is not a number. Enter the number of tickets in digits, e.g. 12.',
      '“€480” is not a number. The revenue must be a number, without a currency sign (e.g. 1250.50), or a number cell.',
      'The number of tickets is written with a thousands separator or a decimal mark the upload does not read. Enter it as a number cell, or write it without the thousands separator, e.g. 1234.',
    ]);
  });

  it('the typed form keeps its own wording: the user\'s decimal mark, nothing quoted', () => {
    vi.stubGlobal('navigator', { language: 'de-DE' });
    expect(describeValidationError({ code: 'not_a_number', field: 'tickets.0.revenue', message: 'x' }, 'form')).toBe(
      'The revenue must be a number, without a currency sign (e.g. 1250,50).',
    );
    expect(describeValidationError({ code: 'invalid_date', field: 'from', message: 'YYYY-MM-DD' }, 'form')).toBe(
      'This is not a real day. Write dates as YYYY-MM-DD, e.g. 2026-05-01.',
    );
  });

  it('a date written day-first is told how to write it, a day that does not exist is told so', () => {
    expect(messages([
      { code: 'date_format', field: 'date', row: 2, message: '24.11.2026' },
      { code: 'invalid_date', field: 'date', row: 3, message: '2026-02-30' },
      // an API that sends invalid_date for both is read by the text
      { code: 'invalid_date', field: 'date', row: 4, message: '11/24/2026' },
      { code: 'date_format', field: 'date', row: 5 },
      { code: 'invalid_date', field: 'date', row: 6 },
    ])).toEqual([
      '“24.11.2026” is not written as YYYY-MM-DD. Write it as 2026-11-24, or make the cell a date cell.',
      '“2026-02-30” is not a real day. Check the month and the day.',
      '“11/24/2026” is not written as YYYY-MM-DD. Write it like 2026-05-01, or make the cell a date cell.',
      'The date is not written as YYYY-MM-DD. Write it like 2026-05-01, or make the cell a date cell.',
      'This is not a real day. Write dates as YYYY-MM-DD, e.g. 2026-05-01.',
    ]);
  });

  it('missing header columns are one problem, naming them and what row 1 reads', () => {
    const missing = (fields: string[], message?: string) => fields.map((field) => ({ code: 'missing_column', field, row: 1, ...(message === undefined ? {} : { message }) }));
    expect(rowProblems(missing(['date', 'ticket_type', 'tickets', 'revenue'], 'Ticketverkäufe Export 07.12.2026'))).toEqual([{
      row: 1,
      column: null,
      message: 'The first row of the first sheet must read: date, ticket_type, tickets, revenue. It has none of these columns; it reads: “Ticketverkäufe Export 07.12.2026”.',
    }]);
    expect(messages(missing(['revenue', 'ticket_type'], 'date | tickets'))).toEqual([
      'The first row of the first sheet must read: date, ticket_type, tickets, revenue. It has no ticket_type or revenue column; it reads: “date | tickets”.',
    ]);
    expect(messages(missing(['date', 'ticket_type', 'tickets'], ''))).toEqual([
      'The first row of the first sheet must read: date, ticket_type, tickets, revenue. It has no date, ticket_type or tickets column; it is empty.',
    ]);
  });
});
