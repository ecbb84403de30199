import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeApi, type FakeApi } from '@/testing/fake-api';
import { ApiError } from '@/lib/api-errors';
import { fetchEventChoices, fetchSalesEditExport, fetchSalesSummary, salesExportFileName } from './fetchers';
import { fetchTicketCategories } from '@/lib/event-queries';
import { deleteDailyRevenueSummary, ingestTransactionSummary, ingestTransactionSummaryFromExcel, uploadSalesEditExport } from './mutations';

const fake = vi.hoisted((): FakeApi => ({ calls: [], reply: () => undefined }));
vi.mock('@/lib/api', async () => ({ api: (await import('@/testing/fake-api')).createFakeApiClient(fake) }));

const json = (body: unknown, status = 200) => () => new Response(JSON.stringify(body), { status });

beforeEach(() => resetFakeApi(fake));

describe('sales API', () => {
  it('ingests a transaction summary as JSON', async () => {
    fake.reply = json({ id: 'ts_1', eid: 'evt_1', from: '2026-05-01', to: '2026-05-02', imported_rows: 2, extra: true });
    const input = { eid: 'evt_1', from: '2026-05-01', to: '2026-05-02', tickets: [{ type: 'regular', sold: 412, revenue: 18540 }] };
    const record = await ingestTransactionSummary(input);
    expect(record).toMatchObject({ id: 'ts_1', imported_rows: 2 });
    expect(fake.calls[0]).toEqual({ url: '/api/v3/ingest/transaction_summary', method: 'POST', body: JSON.stringify(input) });
  });

  it('uploads the workbook as multipart field `file` with ?eid=', async () => {
    fake.reply = json({ imported_rows: 3, validation_errors: [] });
    const file = new File(['x'], 'sales.xlsx');
    await expect(ingestTransactionSummaryFromExcel('evt_1', file)).resolves.toEqual({ imported_rows: 3 });
    const call = fake.calls[0];
    expect(call?.url).toBe('/api/v3/ingest/transaction_summary/from_excel?eid=evt_1');
    expect(call?.body).toBeInstanceOf(FormData);
    expect((call?.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('takes a 200 upload answer with an empty body for a success without a count', async () => {
    fake.reply = () => new Response('', { status: 200 });
    await expect(ingestTransactionSummaryFromExcel('evt_1', new File(['x'], 'sales.xlsx'))).resolves.toEqual({ imported_rows: null });
  });

  it('treats a 200 with validation_errors as a failure', async () => {
    fake.reply = json({ imported_rows: 0, validation_errors: [{ code: 'invalid_date', field: 'date', row: 3 }] });
    const error = await uploadSalesEditExport('evt_1', new Blob(['x'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).validationErrors).toEqual([{ code: 'invalid_date', field: 'date', row: 3 }]);
    expect(fake.calls[0]?.url).toBe('/api/v3/daily_revenue_summary/sales_edit_export?eid=evt_1');
  });

  it('deletes all sales without a trailing slash', async () => {
    await deleteDailyRevenueSummary('evt_1');
    expect(fake.calls).toEqual([{ url: '/api/v3/daily_revenue_summary?eid=evt_1', method: 'DELETE', body: undefined }]);
  });

  it('downloads the export as a blob', async () => {
    fake.reply = () => new Response('xlsx-bytes', { status: 200 });
    const blob = await fetchSalesEditExport('evt_1');
    expect(await blob.text()).toBe('xlsx-bytes');
    expect(fake.calls[0]?.url).toBe('/api/v3/daily_revenue_summary/sales_edit_export?eid=evt_1');
    expect(salesExportFileName('evt/1')).toBe('sales-evt_1.xlsx');
  });

  it('reads the daily summary with the trailing slash and the event range', async () => {
    fake.reply = json({ currency: 'EUR', days: [{ date: '2026-05-01', revenue: 1840, tickets: 41 }], manual_adjustments: [] });
    const summary = await fetchSalesSummary('evt_1', { start: '2000-01-01', end: '2026-11-20' });
    expect(summary).toEqual({ currency: 'EUR', days: [{ date: '2026-05-01', revenue: 1840, tickets: 41 }] });
    expect(fake.calls[0]?.url).toBe('/api/v3/daily_revenue_summary/?event_id=evt_1&start_date=2000-01-01&end_date=2026-11-20');
  });

  it('reads ticket categories like the event-detail feature (shared cache key)', async () => {
    fake.reply = json([{ id: 'tc_1', name: 'Standing', type: 'regular', price: 59, capacity: 8000, sold: 5120, revenue: 302080 }, { id: 'tc_x', name: 'Box' }]);
    expect(await fetchTicketCategories('evt/1')).toEqual([
      { id: 'tc_1', name: 'Standing', type: 'regular', price: 59, capacity: 8000, sold: 5120, revenue: 302080 },
      { id: 'tc_x', name: 'Box', type: null, price: null, capacity: null, sold: null, revenue: null },
    ]);
    expect(fake.calls[0]?.url).toBe('/api/v3/events/evt%2F1/tickets');
  });

  it('searches active events for the picker (repeated frontend_status, no empty values)', async () => {
    fake.reply = json({ total: 0, limit: 20, page: 1, pages: 1, items: [] });
    await fetchEventChoices({ q: '', page: 2, since: null, until: '2026-11-19', sort: '-start_date_time' });
    expect(fake.calls[0]?.url).toBe('/api/v3/events/?page=2&until=2026-11-19&limit=20&sort=-start_date_time&status=active&frontend_status=DEFAULT&frontend_status=FLAGGED');
  });
});
