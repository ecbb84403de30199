// @vitest-environment node
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readFirstSheet } from '@/testing/read-workbook';
import { excelDateTimeFormat, numberCell, sheetBlob, textCell, wallClockCell, XLSX_FORMAT, type SheetColumn } from './xlsx';

describe('Excel workbooks', () => {
  it('writes dates in the order and separators of the reader’s locale, 24-hour', () => {
    expect(excelDateTimeFormat('de-DE')).toBe('dd.mm.yyyy hh:mm');
    expect(excelDateTimeFormat('en-GB')).toBe('dd/mm/yyyy hh:mm');
    expect(excelDateTimeFormat('en-US')).toBe('mm/dd/yyyy hh:mm');
    expect(excelDateTimeFormat('sv-SE')).toBe('yyyy-mm-dd hh:mm');
  });

  it('keeps the wall-clock time of the partner’s zone (a spreadsheet date has no zone); empty for what is missing', () => {
    expect(wallClockCell('2026-12-06T16:00:00Z', 'Europe/Berlin', 'f')).toEqual({ type: Date, value: new Date('2026-12-06T17:00:00Z'), format: 'f' });
    expect(wallClockCell('not a date', 'Europe/Berlin', 'f')).toBeNull();
    expect(numberCell(Number.NaN, XLSX_FORMAT.integer)).toBeNull();
    expect(numberCell(null, XLSX_FORMAT.integer)).toBeNull();
    expect(textCell('')).toBeNull();
  });

  it('writes typed cells under a bold header that stays in view; text that looks like a formula stays text', async () => {
    type Row = { name: string; share: number | null; at: string };
    const columns: SheetColumn<Row, { zone: string }>[] = [
      { header: 'Name', width: 20, cell: (r) => textCell(r.name) },
      { header: 'Share', width: 8, cell: (r) => numberCell(r.share, XLSX_FORMAT.percent) },
      { header: 'Date', width: 16, cell: (r, { zone }) => wallClockCell(r.at, zone, excelDateTimeFormat('de-DE')) },
    ];
    const rows: Row[] = [{ name: '=HYPERLINK("http://x")', share: 0.785, at: '2026-06-12T18:30:00Z' }, { name: 'Zürich', share: null, at: '' }];
    const sheet = await readFirstSheet(await sheetBlob('Events', columns, rows, { zone: 'Europe/Berlin' }));
    expect(sheet.name).toBe('Events');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Name', 'Share', 'Date']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(20);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('=HYPERLINK("http://x")');
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(2).value).toBe(0.785);
    expect(first.getCell(2).numFmt).toBe('0%');
    expect((first.getCell(3).value as Date).toISOString()).toMatch(/^2026-06-12T20:(30:00.000|29:59.999)Z$/);
    expect(first.getCell(3).numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(sheet.getRow(3).getCell(1).value).toBe('Zürich');
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.rowCount).toBe(3);
  });
});
