import ExcelJS from 'exceljs';

/** The first sheet of an .xlsx, read by another library than the one that wrote it (as a spreadsheet app would). */
export async function readFirstSheet(file: Blob | Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // a Node Buffer may be a view into a shared pool: copy out its own bytes
  await workbook.xlsx.load(file instanceof Blob ? await file.arrayBuffer() : file.slice().buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}

/** A sheet's rows as plain values, header first (exceljs numbers its cells from 1). */
export function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => { out.push((row.values as unknown[]).slice(1)); });
  return out;
}
