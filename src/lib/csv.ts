export type CsvValue = string | number | boolean | null | undefined;

/** Text a spreadsheet would run as a formula when the file is opened ("=HYPERLINK(…)", "+1+1"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/**
 * One CSV field: RFC 4180 quoting only when needed (a comma, quote, CR or LF, or edge spaces;
 * quotes doubled), empty for null, undefined and non-finite numbers. Text that a spreadsheet
 * would run as a formula (it starts with = + - @, a tab or CR; API text such as an event title
 * may) gets a leading apostrophe, as OWASP advises for CSV injection; plain numbers stay numbers.
 * A semicolon or tab is quoted too: spreadsheets set to split on them (German Excel splits on
 * ";") would otherwise start a new cell there, which could begin with "=".
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",;\t\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
