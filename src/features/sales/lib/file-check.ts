import { formatDecimal } from '@/lib/format';
import { XLSX_MIME } from '../api/fetchers';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Browsers report .xlsx as its MIME type, as a generic binary, or not at all. */
const ACCEPTED_TYPES = new Set(['', XLSX_MIME, 'application/octet-stream']);
/** For the file input's `accept`. */
export const WORKBOOK_ACCEPT = `.xlsx,${XLSX_MIME}`;

/** Rounded up, so a file just over the limit never reads as exactly 10 MB. */
export const formatFileSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${formatDecimal(Math.max(1, Math.round(bytes / 1024)), 0)} kB` : `${formatDecimal(Math.ceil((bytes / (1024 * 1024)) * 10) / 10, 1)} MB`;

/** Checked by name, type and size: null when the file may be uploaded, else what is wrong. */
export function checkWorkbookFile(file: Pick<File, 'name' | 'size' | 'type'>): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return `"${file.name}" is a CSV file. Open it in Excel and save it as an Excel workbook (.xlsx), then upload that.`;
  if (name.endsWith('.xls')) return `"${file.name}" is an old Excel format (.xls). Save it as an Excel workbook (.xlsx), then upload that.`;
  if (!name.endsWith('.xlsx') || !ACCEPTED_TYPES.has(file.type.toLowerCase())) return `"${file.name}" is not an Excel workbook. Only .xlsx files can be uploaded.`;
  if (file.size === 0) return `"${file.name}" is empty.`;
  if (file.size > MAX_UPLOAD_BYTES) return `"${file.name}" is ${formatFileSize(file.size)}; files up to 10 MB can be uploaded. Split it into smaller workbooks.`;
  return null;
}

/** An .xlsx is a zip archive: its first bytes say so. */
const ZIP_START = [0x50, 0x4b, 0x03, 0x04];
/** Excel saves a password-protected workbook (and the old .xls) as a compound document. */
const COMPOUND_START = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Checked by content (its first bytes): a renamed CSV or a password-protected workbook is named .xlsx too. */
export async function checkWorkbookBytes(file: Pick<File, 'name' | 'slice'>): Promise<string | null> {
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, COMPOUND_START.length).arrayBuffer());
  } catch {
    return `"${file.name}" could not be read. Choose it again.`;
  }
  const startsWith = (bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (startsWith(ZIP_START)) return null;
  if (startsWith(COMPOUND_START)) {
    return `"${file.name}" is protected with a password, or is an old Excel file (.xls) renamed. Save a copy without a password as an Excel workbook (.xlsx), then upload that.`;
  }
  return `"${file.name}" is named .xlsx but is not an Excel workbook inside (perhaps a renamed file). Open it in Excel and save it as an Excel workbook (.xlsx), then upload that.`;
}

/** Checked before anything is sent: null when the file may be uploaded, else what is wrong. */
export async function checkWorkbook(file: File): Promise<string | null> {
  return checkWorkbookFile(file) ?? (await checkWorkbookBytes(file));
}
