/**
 * The sales workbook (§6): one sheet, header row `date | ticket_type | tickets | revenue`, one row
 * per day and ticket type. `buildSalesWorkbook` is written so the app can mirror it for the
 * template download (headers only); `readSalesWorkbook` validates row by row with spreadsheet
 * row numbers (the header is row 1, so the first data row is 2).
 */
import type * as ExcelJS from 'exceljs';
import type { ValidationErrorBody } from '../handlers/http';
import { isIsoDate } from './backhaul-evaluation';
import { SALES_FLOOR } from './dates';
import { hasAtMostCents } from '../../src/lib/amount';
import type { SalesRow } from './daily-sales';

export const SALES_COLUMNS = ['date', 'ticket_type', 'tickets', 'revenue'] as const;
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Row errors beyond this many are not listed (the file is rejected either way). */
const MAX_ERRORS = 100;

type ExcelModule = typeof import('exceljs');
/**
 * exceljs is big (~1 MB): load it on first use so the browser demo's mock worker doesn't pay
 * for it at start-up. CommonJS/UMD builds arrive as the default export.
 */
async function loadExcel(): Promise<ExcelModule> {
  const mod: ExcelModule | { default: ExcelModule } = await import('exceljs');
  return 'default' in mod ? mod.default : mod;
}

function toArrayBuffer(data: ArrayBuffer | ArrayBufferView): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice().buffer;
}

/** An .xlsx with the header row and the given rows (none → the import template). */
export async function buildSalesWorkbook(rows: readonly SalesRow[]): Promise<ArrayBuffer> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Sales', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'date', key: 'date', width: 12 },
    { header: 'ticket_type', key: 'ticket_type', width: 18 },
    { header: 'tickets', key: 'tickets', width: 10 },
    { header: 'revenue', key: 'revenue', width: 12, style: { numFmt: '0.00' } },
  ];
  sheet.getRow(1).font = { bold: true };
  // Dates stay text (YYYY-MM-DD) so they survive any locale and round-trip exactly.
  for (const row of rows) sheet.addRow({ ...row });
  return toArrayBuffer(await workbook.xlsx.writeBuffer());
}

type Plain = string | number | boolean | Date | null;

/** A cell's own value: formula results, rich text and hyperlinks reduced to plain values. */
function plain(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? null : result;
  }
  if ('hyperlink' in value) return value.text;
  return null; // error cells (#N/A, …)
}

const isBlank = (v: Plain) => v === null || (typeof v === 'string' && v.trim() === '');

/** Text digits in groups of three ("2.000", "1,500", "1.234,50", "1,234.50"): a thousands separator in one locale, a decimal mark in another. */
const DIGIT_GROUPS = [/^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/, /^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/];

type NumberRefusal = { code: 'ambiguous_number' | 'not_a_number'; raw?: string };

/**
 * Number cells as they are. Text only when it can mean one number in every locale: plain digits
 * with at most a dot decimal ("412", "18540.5"). Digit groups are refused as `ambiguous_number`,
 * never guessed ("2.000" is 2000 in German, 2 in English); anything else (a decimal comma
 * "480,00", "€480") is `not_a_number`. Both carry the text as it was written [ours].
 */
function readNumber(v: Plain): number | NumberRefusal {
  if (typeof v === 'number') return Number.isFinite(v) ? v : { code: 'not_a_number' };
  if (typeof v !== 'string') return { code: 'not_a_number' };
  const raw = v.trim();
  if (DIGIT_GROUPS.some((re) => re.test(raw))) return { code: 'ambiguous_number', raw };
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  return { code: 'not_a_number', raw };
}

/** The refusal of a number that could not be read, with the text as `message` when there is one. */
const numberError = (read: NumberRefusal, field: string, row: number): ValidationErrorBody =>
  ({ code: read.code, field, row, ...(read.raw === undefined ? {} : { message: read.raw }) });

/**
 * Date cells, an Excel serial day number, or YYYY-MM-DD text. Other text ("24.11.2026") is
 * `date_format`, a YYYY-MM-DD that is no day (2026-02-30) `invalid_date`; both carry the text as
 * `message` [ours]. Day-first text is not read: "03.04.2026" is 3 April in Germany, 4 March elsewhere.
 */
function readDate(v: Plain): string | ValidationErrorBody {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'number' && Number.isInteger(v) && v > 20_000 && v < 80_000) {
    return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  }
  const raw = typeof v === 'string' || typeof v === 'number' ? String(v).trim() : undefined;
  if (raw !== undefined && isIsoDate(raw)) return raw;
  const code = raw !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? 'invalid_date' : 'date_format';
  return { code, field: 'date', ...(raw === undefined ? {} : { message: raw }) };
}

export type WorkbookRead = { ok: true; rows: SalesRow[]; errors: ValidationErrorBody[] } | { ok: false };

/**
 * Reads the first sheet. `ok: false` when the bytes are not a readable .xlsx; otherwise the
 * valid rows plus every row error (callers import nothing when `errors` is non-empty).
 * `knownTypes` are the event's ticket types (every spelling it has): a row naming one in other
 * letter case ("Regular" for "regular") is refused as `existing_type`, as the dashboard's form
 * refuses it, instead of splitting the same tickets into two types; a type new to the event
 * spelled two ways in the file is `type_spelling`. `categories` are the event's ticket categories:
 * a row naming one ("Grandstand") where its type ("regular") is meant is `category_name`, with the
 * type as message. Past `MAX_ERRORS` the rest is not checked, and a file-level `too_many_errors`
 * says so when rows with content remain.
 */
export async function readSalesWorkbook(
  data: ArrayBuffer,
  today: string,
  knownTypes: readonly string[] = [],
  categories: readonly { name: string; type: string }[] = [],
): Promise<WorkbookRead> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    return { ok: false };
  }
  const sheet = workbook.worksheets[0];
  const errors: ValidationErrorBody[] = [];
  const rows: SalesRow[] = [];
  if (!sheet) return { ok: true, rows, errors: [{ code: 'empty_file', field: 'file' }] };

  const columns = new Map<string, number>();
  const header: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    const name = plain(cell.value);
    if (typeof name === 'string') columns.set(name.trim().toLowerCase(), col);
    if (!isBlank(name)) header.push(name instanceof Date ? name.toISOString().slice(0, 10) : String(name).trim());
  });
  // what row 1 reads (its cells joined by " | ", "" when empty): a title line or a cover sheet shows there [ours]
  const reads = header.join(' | ');
  for (const name of SALES_COLUMNS) if (!columns.has(name)) errors.push({ code: 'missing_column', field: name, row: 1, message: reads });
  if (errors.length > 0) return { ok: true, rows, errors };

  const seen = new Map<string, number>();
  // lower-cased type -> the spellings the event has; and the first spelling of a type new in this file
  const eventSpellings = new Map<string, Set<string>>();
  for (const t of knownTypes) eventSpellings.set(t.toLowerCase(), (eventSpellings.get(t.toLowerCase()) ?? new Set()).add(t));
  const fileSpelling = new Map<string, string>();
  // lower-cased category name -> its type, where the two differ ("grandstand" -> "regular")
  const categoryType = new Map(categories.filter((c) => c.name.toLowerCase() !== c.type.toLowerCase()).map((c) => [c.name.trim().toLowerCase(), c.type]));
  const cell = (rowNumber: number, name: (typeof SALES_COLUMNS)[number]) => plain(sheet.getCell(rowNumber, columns.get(name) ?? 0).value);
  let r = 2;
  for (; r <= sheet.rowCount && errors.length < MAX_ERRORS; r++) {
    const values = SALES_COLUMNS.map((name) => cell(r, name));
    if (values.every(isBlank)) continue;
    const [rawDate, rawType, rawTickets, rawRevenue] = values as [Plain, Plain, Plain, Plain];
    const before = errors.length;

    const date = readDate(rawDate);
    if (isBlank(rawDate)) errors.push({ code: 'required', field: 'date', row: r });
    else if (typeof date !== 'string') errors.push({ ...date, row: r });
    else if (date > today) errors.push({ code: 'date_in_future', field: 'date', row: r });
    else if (date < SALES_FLOOR) errors.push({ code: 'date_too_early', field: 'date', row: r });

    const ticketType = typeof rawType === 'string' || typeof rawType === 'number' ? String(rawType).trim() : '';
    const event = eventSpellings.get(ticketType.toLowerCase());
    const earlier = fileSpelling.get(ticketType.toLowerCase());
    const category = event ? undefined : categoryType.get(ticketType.toLowerCase());
    if (!ticketType) errors.push({ code: 'required', field: 'ticket_type', row: r });
    else if (category !== undefined) errors.push({ code: 'category_name', field: 'ticket_type', row: r, message: category });
    else if (event && !event.has(ticketType)) errors.push({ code: 'existing_type', field: 'ticket_type', row: r, message: [...event][0] });
    else if (!event && earlier !== undefined && earlier !== ticketType) errors.push({ code: 'type_spelling', field: 'ticket_type', row: r, message: earlier });
    else if (!event) fileSpelling.set(ticketType.toLowerCase(), ticketType);

    const tickets = readNumber(rawTickets);
    if (isBlank(rawTickets)) errors.push({ code: 'required', field: 'tickets', row: r });
    else if (typeof tickets !== 'number') errors.push(numberError(tickets, 'tickets', r));
    else if (!Number.isInteger(tickets)) errors.push({ code: 'not_an_integer', field: 'tickets', row: r });
    else if (tickets < 0) errors.push({ code: 'negative', field: 'tickets', row: r });

    const revenue = readNumber(rawRevenue);
    if (isBlank(rawRevenue)) errors.push({ code: 'required', field: 'revenue', row: r });
    else if (typeof revenue !== 'number') errors.push(numberError(revenue, 'revenue', r));
    else if (revenue < 0) errors.push({ code: 'negative', field: 'revenue', row: r });
    else if (!hasAtMostCents(revenue)) errors.push({ code: 'too_many_decimals', field: 'revenue', row: r });

    if (errors.length > before || typeof date !== 'string' || typeof tickets !== 'number' || typeof revenue !== 'number') continue;
    const key = `${date}\u0000${ticketType}`;
    if (seen.has(key)) {
      errors.push({ code: 'duplicate_row', field: 'ticket_type', row: r, message: `Same date and ticket type as row ${seen.get(key)}` });
      continue;
    }
    seen.set(key, r);
    rows.push({ date, ticket_type: ticketType, tickets, revenue });
  }
  const unchecked = r <= sheet.rowCount && Array.from({ length: sheet.rowCount - r + 1 }, (_, i) => r + i)
    .some((row) => !SALES_COLUMNS.every((name) => isBlank(cell(row, name))));
  if (unchecked) errors.push({ code: 'too_many_errors', field: 'file', message: `Rows after ${r - 1} were not checked` });
  if (errors.length === 0 && rows.length === 0) errors.push({ code: 'empty_file', field: 'file' });
  return { ok: true, rows, errors };
}
