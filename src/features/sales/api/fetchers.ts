import { api } from '@/lib/api';
import { eventChoicesSchema, salesSummarySchema, type EventChoices, type SalesSummary } from './schemas';

export interface Options {
  signal?: AbortSignal | undefined;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface DayRange {
  /** YYYY-MM-DD, inclusive */
  start: string;
  /** YYYY-MM-DD, inclusive */
  end: string;
}

/** GET /daily_revenue_summary/?event_id&start_date&end_date (trailing slash significant). */
export function fetchSalesSummary(eid: string, { start, end }: DayRange, { signal }: Options = {}): Promise<SalesSummary> {
  return api.request({
    path: '/daily_revenue_summary/',
    query: { event_id: eid, start_date: start, end_date: end },
    schema: salesSummarySchema,
    signal,
  });
}

export interface EventChoiceParams {
  q: string;
  page: number;
  /** YYYY-MM-DD: only events on or after this day; null = no lower bound */
  since: string | null;
  /** YYYY-MM-DD: only events on or before this day; null = no upper bound */
  until: string | null;
  sort: 'start_date_time' | '-start_date_time';
}

export const EVENT_CHOICES_LIMIT = 20;

/**
 * GET /events/ for the picker: active events that are not hidden, within since–until, in `sort`
 * order. Cancelled means two things (§4.1), and both are left out by the server, so its total and
 * pages count what is listed: `status=active` drops an event that is itself cancelled (archived
 * ones and any other lifecycle too), the frontend statuses drop HIDDEN and the partner's CANCELLED.
 */
export function fetchEventChoices({ q, page, since, until, sort }: EventChoiceParams, { signal }: Options = {}): Promise<EventChoices> {
  return api.request({
    path: '/events/',
    query: { q, page, since, until, limit: EVENT_CHOICES_LIMIT, sort, status: 'active', frontend_status: ['DEFAULT', 'FLAGGED'] },
    schema: eventChoicesSchema,
    signal,
  });
}

/** GET /daily_revenue_summary/sales_edit_export?eid= → the event's sales workbook (.xlsx). */
export function fetchSalesEditExport(eid: string, { signal }: Options = {}): Promise<Blob> {
  return api.blob({ path: '/daily_revenue_summary/sales_edit_export', query: { eid }, signal });
}

/** A file name for the downloaded workbook. */
export function salesExportFileName(eid: string): string {
  return `sales-${eid.replace(/[^\w.-]+/g, '_')}.xlsx`;
}
