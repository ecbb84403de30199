import type { ValidationError } from '@/lib/api-errors';
import { exampleAmount, formatDay } from '@/lib/format';
import { SALES_WORKBOOK_COLUMNS } from '../api/schemas';
import { ambiguousNumberText, dateCellText, missingColumnsText, notANumberCellText } from './cell-messages';
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
const COLUMN_ORDER: readonly string[] = SALES_WORKBOOK_COLUMNS;

const lastSegment = (field: string | null | undefined) => (field ?? '').split('.').pop() ?? '';
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Where the value came from: the form (typed in the user's locale, which it reads: "1250,50" is
 * right there) or a workbook cell (read only as a number cell or plain text with a dot decimal).
 */
export type ValueSource = 'form' | 'workbook';

/** What to fix, in plain words, for one validation error (of the form or of a workbook row). */
export function describeValidationError({ code, field, message }: ValidationError, source: ValueSource): string {
  const key = lastSegment(field);
  const label = LABELS[key] ?? (key === '' || /^\d+$/.test(key) ? 'value' : key);
  const whole = key === 'tickets' || key === 'sold';
  // the text of the refused cell, quoted in a workbook's messages [ours]; the form's are its own
  const raw = source === 'workbook' && message ? message : undefined;
  switch (code) {
    case 'required':
      return key === 'file' ? 'Choose a file to upload.' : `The ${label} is missing.`;
    case 'invalid_date':
    case 'date_format':
      return dateCellText(code, raw, 'This is not a real day. Write dates as YYYY-MM-DD, e.g. 2026-05-01.');
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
    case 'not_a_number': {
      const general = whole
        ? 'Enter the number of tickets in digits, e.g. 12.'
        : `The ${label} must be a number, without a currency sign (e.g. ${source === 'form' ? exampleAmount(1250.5) : '1250.50'}).`;
      return source === 'form' ? general : notANumberCellText(raw, whole, general);
    }
    case 'ambiguous_number':
      return ambiguousNumberText(raw, whole);
    case 'negative':
      return `${capitalize(label)} cannot be negative.`;
    case 'missing_column':
      return missingColumnsText([key], source === 'workbook' ? message : undefined);
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

/**
 * A workbook's validation errors as a list to read top to bottom: whole-file first, then by row and
 * column. Missing header columns are one problem (one sentence naming them all), not one each.
 */
export function rowProblems(errors: readonly ValidationError[]): RowProblem[] {
  const rank = (column: string | null) => (column === null ? -1 : COLUMN_ORDER.indexOf(column) === -1 ? 99 : COLUMN_ORDER.indexOf(column));
  const missing = errors.filter((e) => e.code === 'missing_column');
  const header: RowProblem[] = missing.length === 0 ? [] : [{
    row: 1,
    column: null,
    message: missingColumnsText(missing.map((e) => lastSegment(e.field)), missing.find((e) => typeof e.message === 'string')?.message ?? undefined),
  }];
  return errors
    // "stopped checking" is no problem to fix: the list's title says it (`listCutOff`)
    .filter((error) => !listCutOff([error]) && error.code !== 'missing_column')
    .map((error) => {
      const field = error.field ?? null;
      return {
        row: typeof error.row === 'number' ? error.row : null,
        column: field && field !== 'file' ? field : null,
        message: describeValidationError(error, 'workbook'),
      };
    })
    .concat(header)
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || rank(a.column) - rank(b.column));
}
