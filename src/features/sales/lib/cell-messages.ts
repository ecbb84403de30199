import { hasAtMostCents } from '@/lib/amount';
import { isCalendarDay } from '@/lib/dates';
import { SALES_WORKBOOK_COLUMNS } from '../api/schemas';

/**
 * What to write instead, for a workbook cell the upload refused. The server may send the cell's
 * text as `message` [ours]: quoted when there, the general wording when not. The upload reads
 * number cells and date cells, and text only as plain digits with a dot decimal or YYYY-MM-DD, so
 * each fix names a number or date cell, or that form: never the user's locale format (1250,50),
 * which is what it refused.
 */
const quote = (raw: string) => `“${raw}”`;

/** The numbers a text in digit groups may mean: "," grouping with a "." decimal, and the other way round. */
export function readingsOf(raw: string): number[] {
  const dotDecimal = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(raw) ? Number(raw.replace(/,/g, '')) : NaN;
  const commaDecimal = /^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(raw) ? Number(raw.replace(/\./g, '').replace(',', '.')) : NaN;
  return [...new Set([dotDecimal, commaDecimal].filter(Number.isFinite))].sort((a, b) => b - a);
}

/** A number as the upload reads it from text: no grouping, a dot decimal, cents shown for money. */
const asUploadText = (n: number, whole: boolean) => (whole || !hasAtMostCents(n) ? String(n) : n.toFixed(2));

/** Text in digit groups ("2.000", "1.234,50"): the server does not guess which separator is which. */
export function ambiguousNumberText(raw: string | undefined, whole: boolean): string {
  const how = whole ? 'without the thousands separator' : 'without a thousands separator, with a dot before the cents';
  const readings = raw === undefined ? [] : readingsOf(raw);
  const fixes = (whole ? readings.slice(0, 1) : readings).map((n) => asUploadText(n, whole)).join(' or ');
  const [first, second] = readings.map((n) => asUploadText(n, whole));
  if (raw === undefined || first === undefined) {
    const what = whole ? 'The number of tickets' : 'The revenue';
    return `${what} is written with a thousands separator or a decimal mark the upload does not read. Enter it as a number cell, or write it ${how}, e.g. ${whole ? '1234' : '1234.50'}.`;
  }
  const problem = second === undefined
    ? `${quote(raw)} is written with a thousands separator, which the upload does not read.`
    : `${quote(raw)} could mean ${first} or ${second}, so it was not read.`;
  return `${problem} Enter it as a number cell, or write it ${how}: ${fixes}.`;
}

/** Text that is no number the upload reads: a decimal comma gets its dot form. */
export function notANumberCellText(raw: string | undefined, whole: boolean, general: string): string {
  if (raw !== undefined && /^-?\d+,\d+$/.test(raw)) {
    return `${quote(raw)} has a decimal comma, which the upload does not read. Enter it as a number cell, or write it with a dot: ${raw.replace(',', '.')}.`;
  }
  if (raw === undefined) return whole ? general : `${general.replace(/\.$/, '')}, or a number cell.`;
  return `${quote(raw)} is not a number. ${whole ? general : `${general.replace(/\.$/, '')}, or a number cell.`}`;
}

/** "24.11.2026" (day first, with dots: read so in every locale that writes it) as YYYY-MM-DD, when it is a day. */
function dayFirst(raw: string): string | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
  const iso = m ? `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}` : '';
  return isCalendarDay(iso) ? iso : undefined;
}

/**
 * A date the upload refused. With its text the text decides: YYYY-MM-DD that is no day, or
 * another way of writing (whatever the code, so an API sending `invalid_date` for both is read
 * right); without it, `date_format` says how to write dates and `invalid_date` keeps `general`.
 */
export function dateCellText(code: string, raw: string | undefined, general: string): string {
  const fix = 'or make the cell a date cell';
  if (raw === undefined) return code === 'date_format' ? `The date is not written as YYYY-MM-DD. Write it like 2026-05-01, ${fix}.` : general;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return `${quote(raw)} is not a real day. Check the month and the day.`;
  const iso = dayFirst(raw);
  return `${quote(raw)} is not written as YYYY-MM-DD. ${iso ? `Write it as ${iso}` : 'Write it like 2026-05-01'}, ${fix}.`;
}

const orList = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`);

/**
 * All missing header columns in one sentence, with what row 1 reads when the server says (its
 * cells joined by " | "): a title line, a cover sheet or headers in another language show there.
 */
export function missingColumnsText(missing: readonly string[], reads: string | undefined): string {
  const known: readonly string[] = SALES_WORKBOOK_COLUMNS;
  const names = [...known.filter((c) => missing.includes(c)), ...missing.filter((c) => !known.includes(c))];
  const none = known.every((c) => names.includes(c));
  const found = reads === undefined ? '' : reads.trim() === '' ? '; it is empty' : `; it reads: ${quote(reads)}`;
  return `The first row of the first sheet must read: ${SALES_WORKBOOK_COLUMNS.join(', ')}. ${none ? 'It has none of these columns' : `It has no ${orList(names)} column`}${found}.`;
}
