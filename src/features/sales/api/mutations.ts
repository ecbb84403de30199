import { api } from '@/lib/api';
import type { UploadProgress } from '@/lib/xhr-fetch';
import type { Options } from './fetchers';
import {
  transactionSummaryRecordSchema,
  uploadResultSchema,
  type TransactionSummaryInput,
  type TransactionSummaryRecord,
  type UploadResult,
} from './schemas';

export interface UploadOptions extends Options {
  /** Upload progress (switches the transport to XMLHttpRequest); `total` null = unknown size. */
  onUploadProgress?: ((progress: UploadProgress) => void) | undefined;
}

const fileForm = (file: Blob, name?: string) => {
  const form = new FormData();
  if (file instanceof File) form.append('file', file);
  else form.append('file', file, name ?? 'sales.xlsx');
  return form;
};

/** Both workbook uploads: POST {path}?eid= with the multipart `file`, answered by an UploadResult. */
function uploadWorkbook(path: string, eid: string, file: Blob, { signal, onUploadProgress }: UploadOptions): Promise<UploadResult> {
  return api.request({
    method: 'POST',
    path,
    query: { eid },
    formData: fileForm(file),
    schema: uploadResultSchema,
    signal,
    onUploadProgress,
  });
}

/** POST /ingest/transaction_summary (JSON). 400 → ApiError with field-path validation_errors. */
export function ingestTransactionSummary(
  input: TransactionSummaryInput,
  { signal }: Options = {},
): Promise<TransactionSummaryRecord> {
  return api.request({
    method: 'POST',
    path: '/ingest/transaction_summary',
    json: input,
    schema: transactionSummaryRecordSchema,
    signal,
  });
}

/** POST /ingest/transaction_summary/from_excel?eid= (multipart `file`, .xlsx); adds sales. */
export function ingestTransactionSummaryFromExcel(
  eid: string,
  file: Blob,
  options: UploadOptions = {},
): Promise<UploadResult> {
  return uploadWorkbook('/ingest/transaction_summary/from_excel', eid, file, options);
}

/**
 * POST /daily_revenue_summary/sales_edit_export (multipart `file`): uploads the edited workbook.
 * The contract names only the file; the event goes in `?eid=` like the GET (the mock requires it).
 */
export function uploadSalesEditExport(
  eid: string,
  file: Blob,
  options: UploadOptions = {},
): Promise<UploadResult> {
  return uploadWorkbook('/daily_revenue_summary/sales_edit_export', eid, file, options);
}

/** DELETE /daily_revenue_summary?eid= (no trailing slash, 204): removes every ingested sale. */
export function deleteDailyRevenueSummary(eid: string, { signal }: Options = {}): Promise<void> {
  return api.send({ method: 'DELETE', path: '/daily_revenue_summary', query: { eid }, signal });
}
