// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkWorkbookFile, MAX_UPLOAD_BYTES } from './file-check';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (name: string, size: number, type = XLSX) => ({ name, size, type });

describe('checkWorkbookFile (before anything is uploaded)', () => {
  it('accepts .xlsx up to exactly 10 MB, whatever the browser reports as type', () => {
    expect(checkWorkbookFile(file('sales.xlsx', 2048))).toBeNull();
    expect(checkWorkbookFile(file('Sales.XLSX', MAX_UPLOAD_BYTES))).toBeNull();
    expect(checkWorkbookFile(file('sales.xlsx', 10, ''))).toBeNull();
    expect(checkWorkbookFile(file('sales.xlsx', 10, 'application/octet-stream'))).toBeNull();
  });

  it('refuses other types with what to do instead', () => {
    expect(checkWorkbookFile(file('sales.csv', 10, 'text/csv'))).toMatch(/is a CSV file\. Open it in Excel and save it as an Excel workbook \(\.xlsx\)/);
    expect(checkWorkbookFile(file('sales.xls', 10, 'application/vnd.ms-excel'))).toMatch(/old Excel format/);
    expect(checkWorkbookFile(file('notes.pdf', 10, 'application/pdf'))).toBe('"notes.pdf" is not an Excel workbook. Only .xlsx files can be uploaded.');
    expect(checkWorkbookFile(file('fake.xlsx', 10, 'text/plain'))).toMatch(/not an Excel workbook/);
  });

  it('refuses empty and oversize files, saying how big they are', () => {
    expect(checkWorkbookFile(file('sales.xlsx', 0))).toBe('"sales.xlsx" is empty.');
    expect(checkWorkbookFile(file('big.xlsx', MAX_UPLOAD_BYTES + 1))).toMatch(/^"big\.xlsx" is 10(\.|,)1 MB; files up to 10 MB can be uploaded/);
    expect(checkWorkbookFile(file('huge.xlsx', 25 * 1024 * 1024))).toMatch(/is 25 MB/);
  });
});
