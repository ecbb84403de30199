// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { setupMockApi } from '../../src/testing/msw';
import { call, callJson, errorFields, signIn, type ErrorBody, type Session } from './contract-client';
import { allRecords } from '../db/events';
import { resetMock } from '../db/store';
import { getSalesRows, ticketPlansOf, type SalesRow } from '../db/daily-sales';
import { buildSalesWorkbook, readSalesWorkbook, XLSX_MIME } from '../db/sales-workbook';
import { transactionSummaryRecordSchema, uploadResultSchema } from '../../src/features/sales/api/schemas';

setupMockApi();

const ACME = 'partner-id-acme';
let acme: Session;
let eid = '';
beforeEach(async () => {
  acme = await signIn();
  eid = allRecords(ACME)[0]?.row.id ?? '';
});

const rowsOf = (type: string) => getSalesRows(ACME, eid).filter((r) => r.ticket_type === type);
const summary = (patch: Record<string, unknown> = {}) => ({
  eid, from: '2026-11-01', to: '2026-11-03', tickets: [{ type: 'walk_in', sold: 10, revenue: 100 }, { type: 'vip', sold: 0, revenue: 0 }], ...patch,
});

function upload(path: string, bytes: ArrayBuffer | string, name = 'sales.xlsx', type = XLSX_MIME) {
  const form = new FormData();
  form.append('file', new File([bytes], name, { type }));
  return call(acme, path, { method: 'POST', body: form });
}

describe('POST /ingest/transaction_summary', () => {
  it('spreads the range evenly over its days and answers the stored record', async () => {
    const { status, body } = await callJson(acme, '/ingest/transaction_summary', { method: 'POST', json: summary() });
    expect(status).toBe(200);
    expect(transactionSummaryRecordSchema.parse(body)).toMatchObject({ eid, from: '2026-11-01', to: '2026-11-03', imported_rows: 3 });
    expect(rowsOf('walk_in')).toEqual([
      { date: '2026-11-01', ticket_type: 'walk_in', tickets: 3, revenue: 30 },
      { date: '2026-11-02', ticket_type: 'walk_in', tickets: 3, revenue: 30 },
      { date: '2026-11-03', ticket_type: 'walk_in', tickets: 4, revenue: 40 },
    ]);
    // a second summary adds up; revenue in cents sums exactly
    await call(acme, '/ingest/transaction_summary', { method: 'POST', json: summary({ from: '2026-11-03', to: '2026-11-03', tickets: [{ type: 'walk_in', sold: 1, revenue: 10.01 }] }) });
    expect(rowsOf('walk_in').at(-1)).toEqual({ date: '2026-11-03', ticket_type: 'walk_in', tickets: 5, revenue: 50.01 });
  });

  it('"today" is the partner\'s (Berlin) day: at 00:30 Berlin time, still the 20th in UTC, the 21st is not in the future', async () => {
    resetMock({ now: new Date('2026-11-20T23:30:00Z') });
    acme = await signIn();
    eid = allRecords(ACME)[0]?.row.id ?? '';
    const { status } = await callJson(acme, '/ingest/transaction_summary', { method: 'POST', json: summary({ from: '2026-11-21', to: '2026-11-21' }) });
    expect(status).toBe(200);
  });

  it.each([
    [{ from: '2026-11-31' }, ['from']],
    [{ from: '2026-11-05', to: '2026-11-04' }, ['to']],
    [{ to: '2026-11-21' }, ['to']],
    [{ from: '1999-12-31', to: '2000-01-01' }, ['from']],
    [{ tickets: [] }, ['tickets']],
    [{ tickets: [{ type: 'a', sold: 1, revenue: 1 }, { type: 'b', sold: -1, revenue: 1 }] }, ['tickets.1.sold']],
    [{ tickets: [{ type: 'a', sold: 1.5, revenue: 'ten' }] }, ['tickets.0.sold', 'tickets.0.revenue']],
    [{ tickets: [{ type: '', sold: 1, revenue: -2 }] }, ['tickets.0.type', 'tickets.0.revenue']],
    [{ eid: undefined }, ['eid']],
  ])('rejects %j with 400 naming %j, storing nothing', async (patch, fields) => {
    const before = getSalesRows(ACME, eid);
    const { status, body } = await callJson<ErrorBody>(acme, '/ingest/transaction_summary', { method: 'POST', json: summary(patch) });
    expect(status).toBe(400);
    expect(errorFields(body)).toEqual(fields);
    expect(getSalesRows(ACME, eid)).toEqual(before);
  });

  it('answers 404 for an unknown or foreign event, 401 and 403 for bad credentials', async () => {
    expect((await callJson(acme, '/ingest/transaction_summary', { method: 'POST', json: summary({ eid: 'evt_nope' }) })).body).toEqual({ message: 'error.event.not_found' });
    const bravoEvent = allRecords('partner-id-bravo')[0]?.row.id;
    expect((await call(acme, '/ingest/transaction_summary', { method: 'POST', json: summary({ eid: bravoEvent }) })).status).toBe(404);
    expect((await call(acme, '/ingest/transaction_summary', { method: 'POST', json: summary(), auth: false })).status).toBe(401);
    expect((await call(acme, '/ingest/transaction_summary', { method: 'POST', json: summary(), partnerId: 'partner-id-solo' })).status).toBe(403);
  });
});

describe('POST /ingest/transaction_summary/from_excel', () => {
  const path = () => `/ingest/transaction_summary/from_excel?eid=${eid}`;
  const rows: SalesRow[] = [
    { date: '2026-11-10', ticket_type: 'box_office', tickets: 7, revenue: 315 },
    { date: '2026-11-11', ticket_type: 'box_office', tickets: 2, revenue: 90 },
  ];

  it('imports a valid workbook', async () => {
    const response = await upload(path(), await buildSalesWorkbook(rows));
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(body).toEqual({ imported_rows: 2, validation_errors: [] });
    expect(uploadResultSchema.parse(body)).toEqual({ imported_rows: 2 });
    expect(rowsOf('box_office')).toEqual(rows);
  });

  it('answers 200 with row-numbered validation_errors and imports nothing when a row is bad', async () => {
    const before = getSalesRows(ACME, eid);
    const bad = [...rows, { date: '2026-11-12', ticket_type: 'box_office', tickets: -1, revenue: 45 }];
    const response = await upload(path(), await buildSalesWorkbook(bad));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ imported_rows: 0, validation_errors: [{ code: 'negative', field: 'tickets', row: 4 }] });
    expect(getSalesRows(ACME, eid)).toEqual(before);
  });

  it('refuses, as the form does, a ticket type in other letter case (of the event or an earlier row) and revenue past cents', async () => {
    const existing = getSalesRows(ACME, eid)[0]?.ticket_type ?? '';
    const variant = existing === existing.toUpperCase() ? existing.toLowerCase() : existing.toUpperCase();
    const bad = [
      { date: '2026-11-10', ticket_type: variant, tickets: 1, revenue: 10 },
      { date: '2026-11-10', ticket_type: 'Box office', tickets: 1, revenue: 10 },
      { date: '2026-11-11', ticket_type: 'box OFFICE', tickets: 1, revenue: 10 },
      { date: '2026-11-12', ticket_type: 'Box office', tickets: 1, revenue: 10.555 },
    ];
    const response = await upload(path(), await buildSalesWorkbook(bad));
    expect(await response.json()).toEqual({ imported_rows: 0, validation_errors: [
      { code: 'existing_type', field: 'ticket_type', row: 2, message: existing },
      { code: 'type_spelling', field: 'ticket_type', row: 4, message: 'Box office' },
      { code: 'too_many_decimals', field: 'revenue', row: 5 },
    ] });
  });

  it('knows the types of the event\'s ticket categories, with no sales of them stored', async () => {
    await call(acme, `/daily_revenue_summary?eid=${eid}`, { method: 'DELETE' });
    const response = await upload(path(), await buildSalesWorkbook([{ date: '2026-11-10', ticket_type: 'Regular', tickets: 1, revenue: 10 }]));
    expect(await response.json()).toMatchObject({ validation_errors: [{ code: 'existing_type', row: 2, message: 'regular' }] });
  });

  it('refuses a ticket category\'s name where its type is meant, naming the type', async () => {
    const plan = ticketPlansOf(ACME, eid).find((p) => p.name.toLowerCase() !== p.type);
    expect(plan).toBeDefined();
    const before = getSalesRows(ACME, eid);
    const response = await upload(path(), await buildSalesWorkbook([
      { date: '2026-11-10', ticket_type: (plan?.name ?? '').toUpperCase(), tickets: 1, revenue: 10 },
      { date: '2026-11-10', ticket_type: 'walk_in', tickets: 1, revenue: 10 },
    ]));
    expect(await response.json()).toEqual({ imported_rows: 0, validation_errors: [
      { code: 'category_name', field: 'ticket_type', row: 2, message: plan?.type },
    ] });
    expect(getSalesRows(ACME, eid)).toEqual(before);
  });

  it('stops checking after 100 errors and says so at file level', async () => {
    const bad = Array.from({ length: 150 }, (_, i) => ({ date: '2026-11-10', ticket_type: `t${i}`, tickets: -1, revenue: 1 }));
    const body = (await (await upload(path(), await buildSalesWorkbook(bad))).json()) as { validation_errors: { code: string; field: string }[] };
    expect(body.validation_errors).toHaveLength(101);
    expect(body.validation_errors.at(-1)).toEqual({ code: 'too_many_errors', field: 'file', message: 'Rows after 101 were not checked' });
  });

  it('rejects non-xlsx uploads, unreadable files and a missing file with 400', async () => {
    const xlsx = await buildSalesWorkbook(rows);
    for (const response of [
      await upload(path(), 'date,ticket_type\n', 'sales.csv', 'text/csv'),
      await upload(path(), xlsx, 'sales.xlsx', 'text/csv'),
      await call(acme, path(), { method: 'POST', json: { file: 'sales.xlsx' } }),
    ]) {
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorBody).message).toBe('error.file.invalid_type');
    }
    const unreadable = await upload(path(), 'not a zip', 'sales.xlsx', '');
    expect(await unreadable.json()).toMatchObject({ message: 'error.file.unreadable' });
    const missing = await call(acme, path(), { method: 'POST', body: new FormData() });
    expect(errorFields((await missing.json()) as ErrorBody)).toEqual(['file']);
  });

  it('answers 400 without eid and 404 for an unknown one', async () => {
    const xlsx = await buildSalesWorkbook(rows);
    expect((await upload('/ingest/transaction_summary/from_excel', xlsx)).status).toBe(400);
    expect((await upload('/ingest/transaction_summary/from_excel?eid=evt_nope', xlsx)).status).toBe(404);
  });
});

describe('DELETE /daily_revenue_summary', () => {
  it('removes every sale of the event (204); the trailing-slash form is not this route', async () => {
    expect(getSalesRows(ACME, eid).length).toBeGreaterThan(0);
    expect((await call(acme, `/daily_revenue_summary/?eid=${eid}`, { method: 'DELETE' })).status).toBe(404);
    expect(getSalesRows(ACME, eid).length).toBeGreaterThan(0);
    const response = await call(acme, `/daily_revenue_summary?eid=${eid}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(getSalesRows(ACME, eid)).toEqual([]);
    expect((await call(acme, '/daily_revenue_summary?eid=evt_nope', { method: 'DELETE' })).status).toBe(404);
    expect((await call(acme, '/daily_revenue_summary', { method: 'DELETE' })).status).toBe(400);
  });
});

describe('/daily_revenue_summary/sales_edit_export', () => {
  const path = () => `/daily_revenue_summary/sales_edit_export?eid=${eid}`;

  it('GET downloads the event’s rows as .xlsx', async () => {
    const response = await call(acme, path());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_MIME);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="sales_${eid}.xlsx"`);
    const read = await readSalesWorkbook(await response.arrayBuffer(), '2026-11-20');
    const byDayAndType = (a: SalesRow, b: SalesRow) => a.date.localeCompare(b.date) || a.ticket_type.localeCompare(b.ticket_type);
    expect(read).toEqual({ ok: true, rows: getSalesRows(ACME, eid).sort(byDayAndType), errors: [] });
    expect((await call(acme, '/daily_revenue_summary/sales_edit_export?eid=evt_nope')).status).toBe(404);
  });

  it('round-trips: export, edit, upload replaces the rows', async () => {
    const exported = await readSalesWorkbook(await (await call(acme, path())).arrayBuffer(), '2026-11-20');
    if (!exported.ok) throw new Error('export unreadable');
    const edited = exported.rows.slice(1).map((r, i) => (i === 0 ? { ...r, tickets: r.tickets + 5 } : r));
    const response = await upload(path(), await buildSalesWorkbook(edited));
    expect(await response.json()).toEqual({ imported_rows: edited.length, validation_errors: [] });
    expect(new Set(getSalesRows(ACME, eid))).toEqual(new Set(edited));
  });

  it('POST with a bad row answers 200 + validation_errors and keeps the rows', async () => {
    const before = getSalesRows(ACME, eid);
    const bad = [{ date: '2099-01-01', ticket_type: 'regular', tickets: 1, revenue: 1 }];
    const response = await upload(path(), await buildSalesWorkbook(bad));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ imported_rows: 0, validation_errors: [{ code: 'date_in_future', field: 'date', row: 2 }] });
    expect(getSalesRows(ACME, eid)).toEqual(before);
    expect((await upload('/daily_revenue_summary/sales_edit_export', await buildSalesWorkbook(before))).status).toBe(400);
  });
});
