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
      { code: 'invalid_date', field: 'date', row: 3 },
      { code: 'not_an_integer', field: 'tickets', row: 3 },
      { code: 'negative', field: 'revenue', row: 3 },
      { code: 'date_in_future', field: 'date', row: 4 },
      { code: 'required', field: 'ticket_type', row: 4 },
      { code: 'not_a_number', field: 'tickets', row: 4 },
      { code: 'not_a_number', field: 'revenue', row: 4 },
      { code: 'duplicate_row', field: 'ticket_type', row: 5, message: 'Same date and ticket type as row 2' },
      { code: 'required', field: 'date', row: 6 },
      { code: 'required', field: 'tickets', row: 6 },
      { code: 'date_too_early', field: 'date', row: 7 },
    ]);
  });

  it('names missing columns and rejects bytes that are not a workbook', async () => {
    const read = await readSalesWorkbook(await sheetOf([['date', 'tickets'], ['2026-11-01', 1]]), TODAY);
    expect(read.ok && read.errors).toEqual([
      { code: 'missing_column', field: 'ticket_type', row: 1 },
      { code: 'missing_column', field: 'revenue', row: 1 },
    ]);
    expect(await readSalesWorkbook(new TextEncoder().encode('date,ticket_type\n').buffer, TODAY)).toEqual({ ok: false });
  });
});
