// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildSalesWorkbook, readSalesWorkbook, SALES_COLUMNS } from './sales-workbook';

const TODAY = '2026-11-20';

/** A workbook with a header row and raw cell values, as a person might type them in Excel. */
async function sheetOf(rows: unknown[][]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Anything');
  for (const row of rows) sheet.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as Uint8Array).slice().buffer;
}

describe('buildSalesWorkbook', () => {
  it('writes the header-only template', async () => {
    const read = await readSalesWorkbook(await buildSalesWorkbook([]), TODAY);
    expect(read).toEqual({ ok: true, rows: [], errors: [{ code: 'empty_file', field: 'file' }] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await buildSalesWorkbook([]));
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([undefined, ...SALES_COLUMNS]);
  });

  it('round-trips rows exactly', async () => {
    const rows = [
      { date: '2026-11-01', ticket_type: 'regular', tickets: 41, revenue: 1840.5 },
      { date: '2026-11-01', ticket_type: 'vip', tickets: 3, revenue: 447 },
      { date: '2026-11-02', ticket_type: 'regular', tickets: 0, revenue: 0 },
    ];
    expect(await readSalesWorkbook(await buildSalesWorkbook(rows), TODAY)).toEqual({ ok: true, rows, errors: [] });
  });
});

describe('readSalesWorkbook', () => {
  it('accepts date cells, numeric text, any column order and skips blank rows', async () => {
    const data = await sheetOf([
      ['Ticket_Type', 'DATE', 'revenue', 'tickets'],
      ['regular', new Date(Date.UTC(2026, 10, 3)), 99.5, '2'],
      [],
      ['vip', '2026-11-04', '120', 1],
    ]);
    expect(await readSalesWorkbook(data, TODAY)).toEqual({
      ok: true,
      errors: [],
      rows: [
        { date: '2026-11-03', ticket_type: 'regular', tickets: 2, revenue: 99.5 },
        { date: '2026-11-04', ticket_type: 'vip', tickets: 1, revenue: 120 },
      ],
    });
  });

  it('reports every bad cell with its spreadsheet row (header = 1)', async () => {
    const data = await sheetOf([
      ['date', 'ticket_type', 'tickets', 'revenue'],
      ['2026-11-01', 'regular', 5, 100],
      ['2026-13-01', 'regular', 1.5, -3],
      ['2026-12-24', '', 'many', 'lots'],
      ['2026-11-01', 'regular', 2, 40],
      [null, 'vip', null, 10],
      ['1999-12-31', 'vip', 1, 10],
    ]);
    const read = await readSalesWorkbook(data, TODAY);
    expect(read.ok && read.errors).toEqual([
      { code: 'invalid_date', field: 'date', row: 3, message: '2026-13-01' },
      { code: 'not_an_integer', field: 'tickets', row: 3 },
      { code: 'negative', field: 'revenue', row: 3 },
      { code: 'date_in_future', field: 'date', row: 4 },
      { code: 'required', field: 'ticket_type', row: 4 },
      { code: 'not_a_number', field: 'tickets', row: 4, message: 'many' },
      { code: 'not_a_number', field: 'revenue', row: 4, message: 'lots' },
      { code: 'duplicate_row', field: 'ticket_type', row: 5, message: 'Same date and ticket type as row 2' },
      { code: 'required', field: 'date', row: 6 },
      { code: 'required', field: 'tickets', row: 6 },
      { code: 'date_too_early', field: 'date', row: 7 },
    ]);
  });

  it('names missing columns with what row 1 reads, and rejects bytes that are not a workbook', async () => {
    const read = await readSalesWorkbook(await sheetOf([['date', 'tickets'], ['2026-11-01', 1]]), TODAY);
    expect(read.ok && read.errors).toEqual([
      { code: 'missing_column', field: 'ticket_type', row: 1, message: 'date | tickets' },
      { code: 'missing_column', field: 'revenue', row: 1, message: 'date | tickets' },
    ]);
    // a title line above the header: row 1 is the title
    const titled = await readSalesWorkbook(await sheetOf([['Ticketverkäufe Export 07.12.2026'], [...SALES_COLUMNS], ['2026-11-01', 'regular', 1, 10]]), TODAY);
    expect(titled.ok && titled.errors.map((e) => [e.field, e.message])).toEqual(SALES_COLUMNS.map((c) => [c, 'Ticketverkäufe Export 07.12.2026']));
    expect(await readSalesWorkbook(new TextEncoder().encode('date,ticket_type\n').buffer, TODAY)).toEqual({ ok: false });
  });

  it('refuses text numbers in digit groups as ambiguous, never guessing a locale ("2.000" is 2000 in German, 2 in English)', async () => {
    const data = await sheetOf([
      [...SALES_COLUMNS],
      ['2026-11-18', 'regular', '2.000', '1.500'],
      ['2026-11-19', 'vip', '1', '180.000'],
      ['2026-11-19', 'regular', '1,500', '1.234,50'],
      ['2026-11-17', 'regular', 3, '1,234.50'],
    ]);
    const read = await readSalesWorkbook(data, TODAY);
    expect(read.ok && read.rows).toEqual([]);
    expect(read.ok && read.errors).toEqual([
      { code: 'ambiguous_number', field: 'tickets', row: 2, message: '2.000' },
      { code: 'ambiguous_number', field: 'revenue', row: 2, message: '1.500' },
      { code: 'ambiguous_number', field: 'revenue', row: 3, message: '180.000' },
      { code: 'ambiguous_number', field: 'tickets', row: 4, message: '1,500' },
      { code: 'ambiguous_number', field: 'revenue', row: 4, message: '1.234,50' },
      { code: 'ambiguous_number', field: 'revenue', row: 5, message: '1,234.50' },
    ]);
  });

  it('still reads plain text digits and a dot decimal, and number cells whatever their size; a decimal comma is refused with its text', async () => {
    const data = await sheetOf([
      [...SALES_COLUMNS],
      ['2026-11-18', 'regular', '412', '18540.5'],
      ['2026-11-19', 'regular', 2000, 180000],
      ['2026-11-17', 'regular', ' 12 ', '0.500'],
    ]);
    expect(await readSalesWorkbook(data, TODAY)).toEqual({
      ok: true,
      errors: [],
      rows: [
        { date: '2026-11-18', ticket_type: 'regular', tickets: 412, revenue: 18540.5 },
        { date: '2026-11-19', ticket_type: 'regular', tickets: 2000, revenue: 180000 },
        { date: '2026-11-17', ticket_type: 'regular', tickets: 12, revenue: 0.5 },
      ],
    });
    const comma = await readSalesWorkbook(await sheetOf([[...SALES_COLUMNS], ['2026-11-18', 'regular', 10, '480,00']]), TODAY);
    expect(comma.ok && comma.errors).toEqual([{ code: 'not_a_number', field: 'revenue', row: 2, message: '480,00' }]);
  });

  it('a text date not written YYYY-MM-DD is date_format with its text; a YYYY-MM-DD that is no day is invalid_date', async () => {
    const data = await sheetOf([
      [...SALES_COLUMNS],
      ['24.11.2026', 'regular', 1, 10],
      ['2026-02-30', 'regular', 1, 10],
      ['11/24/2026', 'regular', 1, 10],
    ]);
    const read = await readSalesWorkbook(data, TODAY);
    expect(read.ok && read.errors).toEqual([
      { code: 'date_format', field: 'date', row: 2, message: '24.11.2026' },
      { code: 'invalid_date', field: 'date', row: 3, message: '2026-02-30' },
      { code: 'date_format', field: 'date', row: 4, message: '11/24/2026' },
    ]);
  });
});
