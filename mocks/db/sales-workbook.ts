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

function asNumber(v: Plain): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

/** Date cells, YYYY-MM-DD text, or an Excel serial day number. */
function asIsoDate(v: Plain): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (typeof v === 'string') return isIsoDate(v.trim()) ? v.trim() : undefined;
  if (typeof v === 'number' && Number.isInteger(v) && v > 20_000 && v < 80_000) {
    return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  }
  return undefined;
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
  sheet.getRow(1).eachCell((cell, col) => {
    const name = plain(cell.value);
    if (typeof name === 'string') columns.set(name.trim().toLowerCase(), col);
  });
  for (const name of SALES_COLUMNS) if (!columns.has(name)) errors.push({ code: 'missing_column', field: name, row: 1 });
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

    const date = asIsoDate(rawDate);
    if (isBlank(rawDate)) errors.push({ code: 'required', field: 'date', row: r });
    else if (!date) errors.push({ code: 'invalid_date', field: 'date', row: r });
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

    const tickets = asNumber(rawTickets);
    if (isBlank(rawTickets)) errors.push({ code: 'required', field: 'tickets', row: r });
    else if (tickets === undefined) errors.push({ code: 'not_a_number', field: 'tickets', row: r });
    else if (!Number.isInteger(tickets)) errors.push({ code: 'not_an_integer', field: 'tickets', row: r });
    else if (tickets < 0) errors.push({ code: 'negative', field: 'tickets', row: r });

    const revenue = asNumber(rawRevenue);
    if (isBlank(rawRevenue)) errors.push({ code: 'required', field: 'revenue', row: r });
    else if (revenue === undefined) errors.push({ code: 'not_a_number', field: 'revenue', row: r });
    else if (revenue < 0) errors.push({ code: 'negative', field: 'revenue', row: r });
    else if (!hasAtMostCents(revenue)) errors.push({ code: 'too_many_decimals', field: 'revenue', row: r });

    if (errors.length > before || !date || tickets === undefined || revenue === undefined) continue;
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
