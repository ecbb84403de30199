import writeExcelFile, { type Cell } from 'write-excel-file/universal';
import { isCalendarDay } from './dates';
import { toZonedInput } from './zoned-time';

/**
 * Excel workbooks (.xlsx) for exports people open in a spreadsheet. Unlike CSV they carry types:
 * numbers stay numbers, shares are percent cells, dates are date cells, and Excel shows each in
 * the reader's own locale (a German Excel opened our comma-separated files as one column).
 * Text cells are never run as formulas, so API text needs no escaping. Load this module lazily:
 * the writer is not part of any page's first paint.
 */

export type SheetCell = Cell;

/** One column: its header (the screen's words), width in characters, and the cell of a row. */
export interface SheetColumn<T, C> {
  header: string;
  width: number;
  cell: (row: T, ctx: C) => SheetCell;
}

/** Excel formats; Excel renders decimal and grouping marks in the reader's locale. */
export const XLSX_FORMAT = { integer: '#,##0', percent: '0%', money: '#,##0.00' } as const;

/** A number cell in a format, empty for null or a non-finite number. */
export function numberCell(value: number | null | undefined, format: string): SheetCell {
  return typeof value === 'number' && Number.isFinite(value) ? { type: Number, value, format } : null;
}

/** A text cell, empty for null, undefined or ''. */
export const textCell = (value: string | null | undefined): SheetCell => (value ? { type: String, value } : null);

const DATE_PART: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = { day: 'dd', month: 'mm', year: 'yyyy' };

/**
 * An Excel date format in the locale's order of day, month and year and its separators:
 * "dd.mm.yyyy" (de-DE), "dd/mm/yyyy" (en-GB), "mm/dd/yyyy" (en-US), "yyyy-mm-dd" (sv). Literal
 * text other than separators is quoted, as Excel needs.
 */
export function excelDateFormat(locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2026, 10, 22)));
  return parts.map((p) => DATE_PART[p.type]
    ?? (/^[./\- ]*$/.test(p.value) ? p.value : `"${p.value.replace(/"/g, '')}"`)).join('');
}

/** `excelDateFormat` with the time, 24-hour: "dd.mm.yyyy hh:mm" (de-DE). */
export const excelDateTimeFormat = (locale: string): string => `${excelDateFormat(locale)} hh:mm`;

/** A calendar day ("2026-06-01") as a date cell; empty for anything else. */
export function dayCell(day: string | null | undefined, format: string): SheetCell {
  return day && isCalendarDay(day) ? { type: Date, value: new Date(`${day}T00:00:00Z`), format } : null;
}

/**
 * An instant as a date cell showing its wall-clock time in `timeZone`: a spreadsheet's dates have
 * no zone, so the cell holds the time printed on the ticket. Empty for an unreadable instant.
 */
export function wallClockCell(iso: string, timeZone: string, format: string): SheetCell {
  const local = toZonedInput(iso, timeZone);
  return local ? { type: Date, value: new Date(`${local}:00Z`), format } : null;
}

/** The workbook: one sheet, a bold header row that stays in view, the columns' widths. */
export async function sheetBlob<T, C>(sheet: string, columns: readonly SheetColumn<T, C>[], rows: readonly T[], ctx: C, { total }: { total?: T } = {}): Promise<Blob> {
  const header = columns.map((c): SheetCell => ({ type: String, value: c.header, fontWeight: 'bold' }));
  const line = (row: T) => columns.map((c) => c.cell(row, ctx));
  // a total row (the sums the page shows) is bold, below the rows
  const totals = total === undefined ? [] : [line(total).map((cell): SheetCell => (cell ? { ...cell, fontWeight: 'bold' } : null))];
  const data = [header, ...rows.map(line), ...totals];
  return writeExcelFile(data, { sheet, stickyRowsCount: 1, columns: columns.map((c) => ({ width: c.width })) }).toBlob();
}
