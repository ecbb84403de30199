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

/** Checked before anything is sent: null when the file may be uploaded, else what is wrong. */
export function checkWorkbookFile(file: Pick<File, 'name' | 'size' | 'type'>): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return `"${file.name}" is a CSV file. Open it in Excel and save it as an Excel workbook (.xlsx), then upload that.`;
  if (name.endsWith('.xls')) return `"${file.name}" is an old Excel format (.xls). Save it as an Excel workbook (.xlsx), then upload that.`;
  if (!name.endsWith('.xlsx') || !ACCEPTED_TYPES.has(file.type.toLowerCase())) return `"${file.name}" is not an Excel workbook. Only .xlsx files can be uploaded.`;
  if (file.size === 0) return `"${file.name}" is empty.`;
  if (file.size > MAX_UPLOAD_BYTES) return `"${file.name}" is ${formatFileSize(file.size)}; files up to 10 MB can be uploaded. Split it into smaller workbooks.`;
  return null;
}
