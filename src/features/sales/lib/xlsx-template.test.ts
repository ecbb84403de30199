// @vitest-environment node
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readSalesWorkbook } from '../../../../mocks/db/sales-workbook';
import { salesTemplateBytes } from './xlsx-template';
import { crc32 } from './zip-store';

describe('sales template workbook', () => {
  it('is a workbook Excel libraries open, with the four columns in the header row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(salesTemplateBytes().buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Sales');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'date', 'ticket_type', 'tickets', 'revenue']);
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it('is accepted by the server-side reader: only "no rows yet", no missing column', async () => {
    const read = await readSalesWorkbook(salesTemplateBytes().buffer, '2026-11-20');
    expect(read).toEqual({ ok: true, rows: [], errors: [{ code: 'empty_file', field: 'file' }] });
  });

  it('round-trips rows typed into it', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(salesTemplateBytes().buffer);
    workbook.worksheets[0]?.addRow(['2026-11-01', 'regular', 12, 540.5]);
    const edited = await workbook.xlsx.writeBuffer();
    const read = await readSalesWorkbook(new Uint8Array(edited).slice().buffer, '2026-11-20');
    expect(read).toEqual({ ok: true, rows: [{ date: '2026-11-01', ticket_type: 'regular', tickets: 12, revenue: 540.5 }], errors: [] });
  });

  it('is byte-identical every time (fixed timestamps)', () => {
    expect(salesTemplateBytes()).toEqual(salesTemplateBytes());
  });

  it('crc32 matches the reference value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
