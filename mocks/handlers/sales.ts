/**
 * Sales data (§6): ingest a transaction summary, import/export the sales workbook, delete all.
 * Decisions where the contract is silent:
 * - `POST /daily_revenue_summary/sales_edit_export` takes the event as `?eid=` (like the GET) and
 *   replaces the event's rows with the file's; `from_excel` adds to them.
 * - Uploads: not multipart, or a file that isn't .xlsx → 400 `error.file.invalid_type`; bytes that
 *   aren't a readable workbook → 400 `error.file.unreadable`; a readable workbook with bad rows
 *   (or no data rows) → 200 `{ imported_rows: 0, validation_errors: [{ code, field, row }] }` and
 *   nothing is imported; `row` is the spreadsheet row (header = 1). Like the dashboard's form, an
 *   upload refuses a ticket type the event has in other letter case (`existing_type`, the event's
 *   spelling as `message`), a ticket category's name where its type is meant (`category_name`, the
 *   type as `message`), a new type spelled two ways in the file (`type_spelling`) and revenue
 *   past cents (`too_many_decimals`); after 100 errors the rest is not checked and a file-level
 *   `too_many_errors` says so [ours].
 * - Text cells are read only where they mean one number or day in every locale: digit groups
 *   ("2.000") are `ambiguous_number`, other dates than YYYY-MM-DD `date_format`, with the text as
 *   `message`; a missing column's `message` is what row 1 reads [ours].
 * - Missing `eid` → 400 (field `eid`); unknown `eid` → 404 `error.event.not_found`, before other checks.
 * - "Today" for date checks is the partner's (Berlin) day of the mock's `now`; days before
 *   2000-01-01 are refused with `date_too_early` [ours] (docs/contract-decisions.md).
 */
import { http, HttpResponse } from 'msw';
import { MAIN, apiError, guarded, json, noContent, notFound, validationError } from './http';
import { mockOptions } from '../db/store';
import { partnerDay } from '../db/dates';
import { addSalesRows, clearSalesRows, findEvent, getSalesRows, replaceSalesRows, ticketPlansOf } from '../db/daily-sales';
import { buildSalesWorkbook, readSalesWorkbook, XLSX_MIME } from '../db/sales-workbook';
import { checkTransactionSummary, spreadOverDays } from './sales-ingest';

type Guarded = ReturnType<typeof guarded>;
/** Trailing slashes are significant (§2): msw also matches `…/`, which is a 404 here. */
const noSlash = (inner: Guarded): Guarded => (info) =>
  new URL(info.request.url).pathname.endsWith('/') ? apiError(404, 'error.route.not_found') : inner(info);

/** Sales are dated in the partner's calendar, as the dashboard dates them. */
const today = () => partnerDay(mockOptions().now.getTime());
let summaryCounter = 0;

/** The `?eid=` of a request, or the error Response to answer with. */
function eventParam(url: URL, partnerId: string): string | Response {
  const eid = url.searchParams.get('eid') ?? '';
  if (!eid) return validationError([{ code: 'required', field: 'eid' }]);
  return findEvent(partnerId, eid) ? eid : notFound('event');
}

const ACCEPTED_TYPES = new Set(['', XLSX_MIME, 'application/octet-stream']);

/** The multipart `file` as bytes, or the error Response. */
async function readUpload(request: Request): Promise<ArrayBuffer | Response> {
  const invalidType = () => apiError(400, 'error.file.invalid_type', { validation_errors: [{ code: 'invalid_type', field: 'file' }] });
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) return invalidType();
  const form = await request.formData().catch(() => null);
  if (!form) return invalidType();
  const file = form.get('file');
  if (file === null) return validationError([{ code: 'required', field: 'file' }]);
  if (typeof file === 'string') return invalidType();
  if (!file.name.toLowerCase().endsWith('.xlsx') || !ACCEPTED_TYPES.has(file.type.toLowerCase())) return invalidType();
  return file.arrayBuffer();
}

/** Validates an uploaded workbook and hands its rows to `store` only when every row is valid. */
async function importWorkbook(request: Request, url: URL, partnerId: string, store: typeof addSalesRows) {
  const eid = eventParam(url, partnerId);
  if (eid instanceof Response) return eid;
  const bytes = await readUpload(request);
  if (bytes instanceof Response) return bytes;
  // spelled as the event has them: its ticket categories' types, and (an adding upload) its sales rows'
  const known = [
    ...ticketPlansOf(partnerId, eid).map((plan) => plan.type),
    ...(store === addSalesRows ? getSalesRows(partnerId, eid).map((row) => row.ticket_type) : []),
  ];
  const categories = ticketPlansOf(partnerId, eid).map(({ name, type }) => ({ name, type }));
  const read = await readSalesWorkbook(bytes, today(), known, categories);
  if (!read.ok) return apiError(400, 'error.file.unreadable', { validation_errors: [{ code: 'unreadable', field: 'file' }] });
  if (read.errors.length > 0) return json({ imported_rows: 0, validation_errors: read.errors });
  store(partnerId, eid, read.rows);
  return json({ imported_rows: read.rows.length, validation_errors: [] });
}

export const salesHandlers = [
  http.post(`${MAIN}/ingest/transaction_summary`, noSlash(guarded(async ({ partnerId, request }) => {
    const body: unknown = await request.json().catch(() => undefined);
    const eid = typeof body === 'object' && body !== null ? (body as { eid?: unknown }).eid : undefined;
    if (typeof eid === 'string' && eid !== '' && !findEvent(partnerId, eid)) return notFound('event');
    const check = checkTransactionSummary(body, today());
    if (!check.ok) return validationError(check.errors);
    const rows = spreadOverDays(check.value);
    addSalesRows(partnerId, check.value.eid, rows);
    return json({
      id: `ts_${(++summaryCounter).toString().padStart(5, '0')}`,
      ...check.value,
      imported_rows: rows.length,
      created_at: mockOptions().now.toISOString(),
    });
  }))),

  http.post(`${MAIN}/ingest/transaction_summary/from_excel`, noSlash(guarded(({ partnerId, request, url }) =>
    importWorkbook(request, url, partnerId, addSalesRows)))),

  http.delete(`${MAIN}/daily_revenue_summary`, noSlash(guarded(({ partnerId, url }) => {
    const eid = eventParam(url, partnerId);
    if (eid instanceof Response) return eid;
    clearSalesRows(partnerId, eid);
    return noContent();
  }))),

  http.get(`${MAIN}/daily_revenue_summary/sales_edit_export`, noSlash(guarded(async ({ partnerId, url }) => {
    const eid = eventParam(url, partnerId);
    if (eid instanceof Response) return eid;
    const rows = [...getSalesRows(partnerId, eid)].sort((a, b) => a.date.localeCompare(b.date) || a.ticket_type.localeCompare(b.ticket_type));
    const body = await buildSalesWorkbook(rows);
    const filename = `sales_${eid.replace(/[^A-Za-z0-9_-]/g, '_')}.xlsx`;
    return new HttpResponse(body, {
      status: 200,
      headers: { 'Content-Type': XLSX_MIME, 'Content-Disposition': `attachment; filename="${filename}"` },
    });
  }))),

  http.post(`${MAIN}/daily_revenue_summary/sales_edit_export`, noSlash(guarded(({ partnerId, request, url }) =>
    importWorkbook(request, url, partnerId, replaceSalesRows)))),
];
