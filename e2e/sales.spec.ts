import { readFile } from 'node:fs/promises';
import type { Page, Request } from '@playwright/test';
import ExcelJS from 'exceljs';
import { formatDay, formatMoney, formatNumber } from '../src/lib/format';
import { test, expect, signIn, expectNoAxeViolations, kpiValue } from './fixtures';

/** A past Acme event with generated sales (ids are stable; dates follow the mock's "now"). */
const EID = 'evt_1myr47h';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The mock's "today" is today's UTC day (reset without `now`); sales go a few days before it. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const tile = (page: Page, name: string) => kpiValue(region(page, 'Recorded sales'), name);
const isStats = (eid: string) => (r: { url(): string; request(): Request }) => r.request().method() === 'GET' && new URL(r.url()).pathname.endsWith(`/events/${eid}/statistics`);
const uploads = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && /from_excel|sales_edit_export/.test(r.url())) seen.push(r.url()); });
  return seen;
};

async function openSales(page: Page) {
  await page.goto(`/events/${EID}/sales`);
  await expect(page.getByRole('heading', { level: 1, name: /^Sales data: / })).toBeVisible();
  await expect(tile(page, 'Tickets sold')).toHaveText(/\d/); // loaded, not the placeholder
}

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Sales');
  sheet.addRow(['date', 'ticket_type', 'tickets', 'revenue']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('add sales over two days → after a reload the event page\'s daily table and KPIs include them', async ({ page, admin: _admin }) => {
  const [from, to] = [day(-3), day(-2)];
  const detail = `/events/${EID}?range=custom&from=${from}&to=${to}`;
  await signIn(page);
  const [before] = await Promise.all([page.waitForResponse(isStats(EID)), page.goto(detail)]);
  const stats = (await before.json()) as { revenue: number; purchases: number; currency: string };

  await openSales(page);
  await page.getByRole('radio', { name: /A date range/ }).check();
  await page.getByLabel('First day').fill(from);
  await page.getByLabel('Last day').fill(to);
  const line = page.getByRole('group', { name: 'Ticket line 1' });
  await line.getByLabel('Ticket type').selectOption('regular');
  await line.getByLabel('Tickets').fill('10');
  await line.getByLabel('Revenue (EUR)').fill('500');
  await expect(region(page, 'Preview of what will be added')).toContainText('(2 days)');
  await page.getByRole('button', { name: 'Add sales', exact: true }).click();
  await expect(page.getByText(/^Added 10 tickets and .+ for /)).toBeVisible();

  // reload the event page: the daily table (chart alternative) and the KPIs include the sales
  const [after] = await Promise.all([page.waitForResponse(isStats(EID)), page.goto(detail)]);
  expect(await after.json()).toMatchObject({ purchases: stats.purchases + 10, revenue: stats.revenue + 500 });
  await expect(kpiValue(region(page, 'Sales and campaigns'), 'Tickets sold')).toHaveText(formatNumber(stats.purchases + 10));
  const daily = region(page, 'Daily revenue');
  await daily.getByRole('button', { name: 'View as table' }).click();
  for (const d of [from, to]) {
    const row = daily.getByRole('row', { name: new RegExp(`^${formatDay(d)}`) });
    await expect(row.getByRole('cell').nth(1)).toHaveText(formatMoney(250, 'EUR'));
    await expect(row.getByRole('cell').nth(2)).toHaveText(formatNumber(5));
  }
});

test('a workbook with a bad row lists the row and what to fix; nothing changes', async ({ page, admin: _admin }) => {
  await signIn(page);
  await openSales(page);
  const totalsBefore = await region(page, 'Recorded sales').locator('.kpi-grid').textContent();
  const card = region(page, 'Upload a workbook');
  await card.getByLabel('Workbook with new sales').setInputFiles({
    name: 'november.xlsx', mimeType: XLSX, buffer: await workbook([[day(-5), 'regular', 4, 200], [day(-4), 'regular', 2.5, 100]]),
  });
  await card.getByRole('button', { name: 'Upload and add sales' }).click();
  const problems = card.getByRole('table', { name: 'Problems found in november.xlsx' });
  await expect(problems).toBeVisible();
  await expect(card.getByText('november.xlsx was not accepted. Fix this row and upload the file again.')).toBeVisible();
  await expect(problems.getByRole('row').nth(1)).toHaveText(/^3\s*tickets\s*Tickets must be a whole number \(no decimals\)\.$/);
  await expect(card.getByText(/^Imported/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(tile(page, 'Tickets sold')).toHaveText(/\d/); // loaded, not the placeholder
  expect(await region(page, 'Recorded sales').locator('.kpi-grid').textContent()).toBe(totalsBefore);
});

test('a .csv, an oversize file and a renamed one are refused before anything is uploaded', async ({ page, admin: _admin }) => {
  await signIn(page);
  await openSales(page);
  const sent = uploads(page);
  const card = region(page, 'Upload a workbook');
  const input = card.getByLabel('Workbook with new sales');
  await input.setInputFiles({ name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from('date,ticket_type,tickets,revenue\n') });
  await expect(card.getByRole('alert')).toContainText('"sales.csv" is a CSV file.');
  await input.setInputFiles({ name: 'huge.xlsx', mimeType: XLSX, buffer: Buffer.alloc(10 * 1024 * 1024 + 1) });
  await expect(card.getByRole('alert')).toContainText('"huge.xlsx" is 10.1 MB; files up to 10 MB can be uploaded.');
  await input.setInputFiles({ name: 'renamed.xlsx', mimeType: XLSX, buffer: Buffer.from('date,ticket_type,tickets,revenue\n') });
  await expect(card.getByRole('alert')).toContainText('"renamed.xlsx" is named .xlsx but is not an Excel workbook inside');
  await expect(card.getByRole('button', { name: 'Upload and add sales' })).toHaveCount(0);
  const bulk = region(page, 'Bulk edit');
  await bulk.getByLabel('Edited sales workbook').setInputFiles({ name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from('x') });
  await expect(bulk.getByRole('alert')).toContainText('is a CSV file');
  expect(sent).toEqual([]);
});

test('bulk edit: export → upload the same workbook back → imported, totals unchanged', async ({ page, admin: _admin }, testInfo) => {
  await signIn(page);
  await openSales(page);
  const totalsBefore = await region(page, 'Recorded sales').locator('.kpi-grid').textContent();
  const bulk = region(page, 'Bulk edit');
  const [download] = await Promise.all([page.waitForEvent('download'), bulk.getByRole('button', { name: 'Download the sales workbook' }).click()]);
  expect(download.suggestedFilename()).toBe(`sales-${EID}.xlsx`);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const wb = new ExcelJS.Workbook();
  const bytes = await readFile(path);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const rows = (wb.worksheets[0]?.rowCount ?? 1) - 1;
  expect(rows).toBeGreaterThan(0);

  await bulk.getByLabel('Edited sales workbook').setInputFiles(path);
  await bulk.getByRole('button', { name: 'Upload and replace sales' }).click();
  await page.getByRole('dialog', { name: 'Replace all sales of this event?' }).getByRole('button', { name: 'Replace all sales' }).click();
  await expect(bulk.getByText(`Imported ${formatNumber(rows)} rows. The event's sales now match the workbook.`)).toBeVisible();
  await expect(region(page, 'Recorded sales').locator('.kpi-grid')).toHaveText(totalsBefore ?? '');
});

test('clear all sales needs the exact event name; afterwards the page and the charts are empty', async ({ page, admin: _admin }) => {
  await signIn(page);
  await openSales(page);
  const title = (await page.getByRole('heading', { level: 1 }).textContent())?.replace(/^Sales data: /, '') ?? '';
  const tickets = await tile(page, 'Tickets sold').textContent();
  await page.getByRole('button', { name: 'Clear all sales…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clear all sales?' });
  await expect(dialog).toContainText(`${tickets} tickets`);
  await expect(dialog.getByRole('button', { name: 'Download the sales workbook' })).toBeVisible();
  await expectNoAxeViolations(page);
  const confirm = dialog.getByRole('button', { name: 'Delete all sales' });
  await expect(confirm).toBeDisabled();
  const name = dialog.getByLabel(/Type the event's name to confirm/);
  await name.fill(title.slice(0, -1));
  await expect(confirm).toBeDisabled();
  await name.fill(title);
  await confirm.click();
  await expect(page.getByText('All sales of this event were deleted.')).toBeVisible();
  await expect(region(page, 'Recorded sales')).toContainText('No sales are recorded for this event.');

  await page.goto(`/events/${EID}`);
  await expect(region(page, 'Daily revenue')).toContainText(/No sales /);
  await expect(kpiValue(region(page, 'Sales and campaigns'), 'Tickets sold')).toHaveText('0');
});

test('/sales: pick an event, the tools open for it; axe clean', async ({ page, admin: _admin }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sales data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sales data' })).toBeVisible();
  const picker = region(page, 'Choose an event');
  await expect(picker.getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page);
  const first = picker.getByRole('link').first();
  // the link also holds the date and place; the page's heading names the title
  const title = (await first.locator('.event-link__title').textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: `Sales data: ${title}` })).toBeVisible();
  await expect(page).toHaveURL(/\/sales\?event=evt_/);
  await expect(tile(page, 'Days with sales').filter({ hasText: /\d/ }).or(region(page, 'Recorded sales').getByText('No sales are recorded for this event.'))).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a running upload shows progress, can be cancelled, and leaving first asks', async ({ page, admin }) => {
  await admin.fault({ method: 'POST', path: '/api/v3/ingest/transaction_summary/from_excel', kind: 'hang' });
  await signIn(page);
  await openSales(page);
  const card = region(page, 'Upload a workbook');
  await card.getByLabel('Workbook with new sales').setInputFiles({ name: 'slow.xlsx', mimeType: XLSX, buffer: await workbook([[day(-2), 'regular', 1, 10]]) });
  await card.getByRole('button', { name: 'Upload and add sales' }).click();
  await expect(card.getByRole('progressbar', { name: 'Uploading slow.xlsx' })).toBeVisible();
  await expect(card.getByRole('status').first()).toHaveText(/^(Uploading slow\.xlsx|slow\.xlsx sent; waiting for the server)/);
  await expect(card).not.toContainText('NaN');

  // in-app navigation asks first; staying keeps the upload running
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  const ask = page.getByRole('dialog', { name: 'Leave this page?' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('The workbook upload still running is cancelled.');
  await ask.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${EID}/sales$`));
  await expect(card.getByRole('progressbar')).toBeVisible();

  // closing the tab asks the browser's own question
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();

  await card.getByRole('button', { name: 'Cancel upload' }).click();
  await expect(card.getByText(/^Upload of slow\.xlsx cancelled\./)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('on a phone each ticket category is a labelled card, with no sideways scrolling', async ({ page, admin: _admin }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await openSales(page);
  const table = page.getByRole('table', { name: 'By ticket category' });
  await expect(table).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await table.locator('xpath=..').evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  const revenue = table.getByRole('row').filter({ has: page.getByRole('rowheader') }).first().getByRole('cell').last();
  await revenue.scrollIntoViewIfNeeded();
  await expect(revenue).toBeInViewport({ ratio: 1 });
  expect(await revenue.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Revenue"');
});

test('on a phone a long amount stays on one line in its tile ("CHF 312,803" then ".26" before)', async ({ page, admin: _admin }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page);
  await openSales(page);
  const value = tile(page, 'Ticket revenue');
  await expect(value).toHaveText(/\d/);
  const { height, lineHeight, overflow } = await value.evaluate((el) => ({
    height: el.getBoundingClientRect().height,
    lineHeight: parseFloat(getComputedStyle(el).lineHeight),
    overflow: el.scrollWidth - el.clientWidth,
  }));
  expect(height).toBeLessThan(lineHeight * 1.5);
  expect(overflow).toBeLessThanOrEqual(0);
});
