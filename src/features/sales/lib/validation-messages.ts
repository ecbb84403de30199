import type { ValidationError } from '@/lib/api-errors';
import { exampleAmount, formatDay } from '@/lib/format';
import { SALES_HISTORY_START } from './sales-summary';

/** Plain names for the fields and workbook columns the server reports. */
const LABELS: Record<string, string> = {
  from: 'date',
  to: 'last day',
  date: 'date',
  type: 'ticket type',
  ticket_type: 'ticket type',
  sold: 'number of tickets',
  tickets: 'number of tickets',
  revenue: 'revenue',
  file: 'file',
  eid: 'event',
};
const COLUMN_ORDER = ['date', 'ticket_type', 'tickets', 'revenue'];

const lastSegment = (field: string | null | undefined) => (field ?? '').split('.').pop() ?? '';
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What to fix, in plain words, for one validation error (of the form or of a workbook row). */
export function describeValidationError({ code, field, message }: ValidationError): string {
  const key = lastSegment(field);
  const label = LABELS[key] ?? (key === '' || /^\d+$/.test(key) ? 'value' : key);
  switch (code) {
    case 'required':
      return key === 'file' ? 'Choose a file to upload.' : `The ${label} is missing.`;
    case 'invalid_date':
      return 'This is not a real day. Write dates as YYYY-MM-DD, e.g. 2026-05-01.';
    case 'date_in_future':
      return 'The date is in the future. Sales can only be recorded up to today.';
    case 'date_too_early':
      return `The date is before ${formatDay(SALES_HISTORY_START)}. Check the year.`;
    case 'before_from':
      return 'The last day must be on or after the first day.';
    case 'range_too_long':
      return 'The date range is too long. Split it into shorter ranges (at most a year each).';
    case 'empty':
      return 'Add at least one ticket line.';
    case 'duplicate':
      return 'This ticket type appears on another line too. Combine them into one line.';
    case 'duplicate_row':
      return message ? `${message.replace(/\.$/, '')}. Keep one row per date and ticket type.` : 'Another row has the same date and ticket type. Keep one row per date and ticket type.';
    case 'not_an_integer':
      return 'Tickets must be a whole number (no decimals).';
    case 'not_a_number':
      return key === 'tickets' || key === 'sold'
        ? 'Enter the number of tickets in digits, e.g. 12.'
        : `The ${label} must be a number, without a currency sign (e.g. ${exampleAmount(1250.5)}).`;
    case 'negative':
      return `${capitalize(label)} cannot be negative.`;
    case 'missing_column':
      return `The header row has no "${key}" column. The first row must read: date, ticket_type, tickets, revenue.`;
    case 'empty_file':
      return 'The file has no sales rows below the header row.';
    case 'unreadable':
      return 'The file could not be read as an Excel workbook. Save it as .xlsx and try again.';
    case 'invalid_type':
      return 'Only Excel workbooks (.xlsx) can be uploaded.';
    case 'existing_type':
      return message
        ? `The event already has this ticket type, written “${message}”. Write it the same way, or its tickets are counted as a separate type.`
        : 'The event already has this ticket type in other letter case. Write it the same way, or its tickets are counted as a separate type.';
    case 'category_name':
      return `This is the name of a ticket category. Its ticket type is written “${message ?? ''}”: write that, or its tickets are counted as a separate type.`;
    case 'type_spelling':
      return `An earlier row writes this ticket type “${message ?? ''}”. Write it the same way, or its tickets are counted as a separate type.`;
    case 'too_many_decimals':
      return 'Use at most two decimals (cents).';
    default:
      return message ? `The ${label} was not accepted: ${message}` : `The ${label} was not accepted${code ? ` (${code})` : ''}.`;
  }
}

/** The server stopped checking the file: the problems listed are not all of them. */
export const listCutOff = (errors: readonly ValidationError[]) => errors.some((e) => e.code === 'too_many_errors');

export interface RowProblem {
  /** spreadsheet row (the header is row 1); null for problems with the whole file */
  row: number | null;
  /** the column's header, or null */
  column: string | null;
  message: string;
}

/** A workbook's validation errors as a list to read top to bottom: whole-file first, then by row and column. */
export function rowProblems(errors: readonly ValidationError[]): RowProblem[] {
  const rank = (column: string | null) => (column === null ? -1 : COLUMN_ORDER.indexOf(column) === -1 ? 99 : COLUMN_ORDER.indexOf(column));
  return errors
    // "stopped checking" is no problem to fix: the list's title says it (`listCutOff`)
    .filter((error) => !listCutOff([error]))
    .map((error) => {
      const field = error.field ?? null;
      return {
        row: typeof error.row === 'number' ? error.row : null,
        column: field && field !== 'file' ? field : null,
        message: describeValidationError(error),
      };
    })
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || rank(a.column) - rank(b.column));
}
