import ExcelJS from 'exceljs';
import type { UploadProgress } from '@/lib/xhr-fetch';

/**
 * Stands in for `xhrFetch` in jsdom tests: jsdom's XMLHttpRequest and FormData do not reach the
 * mock as a real multipart body, so the form is encoded here and sent with fetch, reporting
 * progress the way XHR does when the size is unknown. The XHR transport has its own tests and
 * runs for real in the Playwright journeys. Use it in `vi.mock('@/lib/xhr-fetch', …)`.
 */
export async function multipartFetch(url: string, init: RequestInit, onProgress: (p: UploadProgress) => void): Promise<Response> {
  const form = init.body as FormData;
  const boundary = 'test-boundary-7d1c';
  const parts: (string | Uint8Array)[] = [];
  for (const [name, value] of form.entries()) {
    const file = typeof value === 'string' ? null : value;
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file.name}"\r\nContent-Type: ${file.type || 'application/octet-stream'}` : ''}\r\n\r\n`);
    parts.push(file ? new Uint8Array(await file.arrayBuffer()) : String(value), '\r\n');
  }
  parts.push(`--${boundary}--\r\n`);
  const body = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
  onProgress({ loaded: 2048, total: null });
  const headers = new Headers(init.headers);
  headers.set('content-type', `multipart/form-data; boundary=${boundary}`);
  return fetch(url, { ...init, headers, body });
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An .xlsx File with these sheets (name → rows of raw cell values, as a person types them in Excel). */
export async function workbookFile(sheets: Record<string, unknown[][]>, name = 'sales.xlsx'): Promise<File> {
  const wb = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = wb.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow(row);
  }
  const bytes = await wb.xlsx.writeBuffer();
  return new File([new Uint8Array(bytes)], name, { type: XLSX_MIME });
}
