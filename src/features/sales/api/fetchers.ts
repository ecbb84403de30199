import { api } from '@/lib/api';

export interface Options {
  signal?: AbortSignal | undefined;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /daily_revenue_summary/sales_edit_export?eid= → the event's sales workbook (.xlsx). */
export function fetchSalesEditExport(eid: string, { signal }: Options = {}): Promise<Blob> {
  return api.blob({ path: '/daily_revenue_summary/sales_edit_export', query: { eid }, signal });
}

/** A file name for the downloaded workbook. */
export function salesExportFileName(eid: string): string {
  return `sales-${eid.replace(/[^\w.-]+/g, '_')}.xlsx`;
}
