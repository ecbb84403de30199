// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkWorkbookBytes, checkWorkbookFile, MAX_UPLOAD_BYTES } from './file-check';

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

describe('checkWorkbookBytes (what the file holds)', () => {
  const named = (bytes: number[] | string, name = 'sales.xlsx') => new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);

  it('accepts a zip archive, which every .xlsx is', async () => {
    expect(await checkWorkbookBytes(named([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toBeNull();
  });

  it('refuses a renamed text file, saying what to do', async () => {
    expect(await checkWorkbookBytes(named('date,ticket_type,tickets\n'))).toBe(
      '"sales.xlsx" is named .xlsx but is not an Excel workbook inside (perhaps a renamed file). Open it in Excel and save it as an Excel workbook (.xlsx), then upload that.',
    );
    expect(await checkWorkbookBytes(named([0x50, 0x4b]))).toMatch(/is not an Excel workbook inside/);
  });

  it('recognises a password-protected workbook', async () => {
    expect(await checkWorkbookBytes(named([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/^"sales\.xlsx" is protected with a password, or is an old Excel file \(\.xls\) renamed\. Save a copy without a password/);
  });

  it('says so when the file cannot be read (moved or deleted after it was chosen)', async () => {
    const gone = { name: 'gone.xlsx', slice: () => ({ arrayBuffer: () => Promise.reject(new DOMException('NotReadableError')) }) } as unknown as File;
    expect(await checkWorkbookBytes(gone)).toBe('"gone.xlsx" could not be read. Choose it again.');
  });
});
