import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, signIn, expectNoAxeViolations } from './fixtures';
import { readFirstSheet, sheetValues } from '../src/testing/read-workbook';

const isEvaluationPoll = (url: string) => /\/package_builder\/packages\/[^/]+\/backhaul_evaluation(\?|$)/.test(url);

async function openPackage(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Packages' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // the totals' tiles hold numbers, not placeholders
  await expect(page.getByRole('group', { name: 'Revenue', exact: true })).toContainText(/\d/);
}

test('packages list: status in words, filter kept in the URL, building packages update by themselves', async ({ page, admin }) => {
  await admin.reset({ reevaluationSeconds: 2 });
  await signIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Packages' }).click();
  const table = page.getByRole('table', { name: 'Packages' });
  await expect(table.getByRole('rowheader')).toHaveCount(12);
  await expectNoAxeViolations(page);

  // INITIALIZING → INPROGRESS → DONE while the list refreshes itself (no reload)
  const christmas = table.getByRole('row', { name: /Christmas classics 2026/ });
  await expect(christmas).toContainText(/Starting|Building/);
  await expect(christmas).toContainText('Done', { timeout: 15_000 });

  await page.getByRole('button', { name: /^Failed/ }).click();
  await expect(page).toHaveURL(/\/package-builder\?status=FAILED$/);
  await expect(table.getByRole('rowheader')).toHaveText(['Comedy spring tour']);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Packages' }).getByRole('rowheader')).toHaveText(['Comedy spring tour']);
  await expect(page.getByRole('button', { name: /^Failed/ })).toHaveAttribute('aria-pressed', 'true');
});

test('changing the model re-evaluates: "Re-evaluating…", then new, different numbers', async ({ page, admin }) => {
  await admin.reset({ reevaluationSeconds: 2 });
  await signIn(page);
  await openPackage(page, 'Summer open-air 2026');
  await expectNoAxeViolations(page);
  const revenue = page.getByRole('group', { name: 'Revenue', exact: true });
  const customers = page.getByRole('group', { name: 'Customers', exact: true });
  const before = { revenue: await revenue.textContent(), customers: await customers.textContent() };

  await page.getByRole('radio', { name: /All purchases/ }).check();
  await page.getByRole('button', { name: 'Save and re-evaluate' }).click();
  await expect(page.getByText('Re-evaluating…')).toBeVisible();
  await expect(revenue).toHaveText(before.revenue ?? ''); // old numbers stay visible meanwhile
  await expect(page.getByText(/^Now counting: All purchases/)).toBeVisible();

  await expect(page.getByText('Re-evaluating…')).toBeHidden({ timeout: 10_000 });
  await expect(revenue).not.toHaveText(before.revenue ?? '');
  await expect(customers).not.toHaveText(before.customers ?? '');
  await expect(page.getByTestId('model-sentence')).toHaveText(/^All purchases by the e-mail's recipients, for any event, within 14 days after the e-mail sent on/);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('radio', { name: /All purchases/ })).toBeChecked();
});

test('a window of 0 or 400 days is rejected next to the field and nothing is sent', async ({ page, admin: _admin }) => {
  const writes: string[] = [];
  page.on('request', (r) => { if (r.method() === 'PUT') writes.push(r.url()); });
  await signIn(page);
  await openPackage(page, 'Jazz weekend Hamburg');
  const window = page.getByLabel('Attribution window');
  for (const bad of ['0', '400']) {
    await window.fill(bad);
    await page.getByRole('button', { name: 'Save and re-evaluate' }).click();
    await expect(window).toHaveAttribute('aria-invalid', 'true');
    await expect(window).toHaveAccessibleDescription(/Enter a window between 1 and 365 days\./);
    await expect(window).toBeFocused();
    await expect(window).toHaveValue(bad);
  }
  await window.fill('21');
  await expect(window).not.toHaveAttribute('aria-invalid');
  expect(writes).toEqual([]);
});

test('leaving the page stops polling the evaluation', async ({ page, admin }) => {
  await admin.reset({ reevaluationSeconds: 60 });
  let polls = 0;
  page.on('request', (r) => { if (r.method() === 'GET' && isEvaluationPoll(r.url())) polls++; });
  await signIn(page);
  await openPackage(page, 'Summer open-air 2026');
  await page.getByRole('radio', { name: /same series/ }).check();
  await page.getByRole('button', { name: 'Save and re-evaluate' }).click();
  await expect(page.getByText('Re-evaluating…')).toBeVisible();
  // it really polls while the evaluation is pending
  const atSave = polls;
  await expect.poll(() => polls, { timeout: 8_000 }).toBeGreaterThanOrEqual(atSave + 2);

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Packages' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Packages' })).toBeVisible();
  // the list reads each built package's evaluation once (its Results column), and does not poll
  await expect(page.getByRole('row').filter({ hasText: 'Summer open-air 2026' })).toContainText('(re-evaluating)');
  polls = 0;
  await page.waitForTimeout(5_000);
  expect(polls).toBe(0);
});

test('partner defaults persist after a reload', async ({ page, admin: _admin }) => {
  await signIn(page);
  await page.getByRole('button', { name: /demo/ }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Concerts' })).toBeVisible();
  const window = page.getByLabel('Attribution window');
  await expect(window).toHaveValue('14');
  await expectNoAxeViolations(page);

  await window.fill('21');
  await page.getByRole('radio', { name: /same series/ }).check();
  // a date typed without its year is not "no date": it is refused next to the field, nothing is sent
  const date = page.getByLabel('E-mail sent on (optional)');
  await date.focus();
  await page.keyboard.type('1130');
  const puts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'PUT') puts.push(r.url()); });
  await page.getByRole('button', { name: 'Save defaults' }).click();
  await expect(date).toHaveAccessibleDescription(/Enter a real date \(day, month, year\)\./);
  await expect(date).toBeFocused();
  expect(puts).toEqual([]);
  await date.fill('2026-06-01');
  await page.getByRole('button', { name: 'Save defaults' }).click();
  await expect(page.getByText('Saved. New packages start with these settings.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Attribution window')).toHaveValue('21');
  await expect(page.getByRole('radio', { name: /same series/ })).toBeChecked();
  await expect(page.getByLabel('E-mail sent on (optional)')).toHaveValue('2026-06-01');
  await expect(page.getByTestId('defaults-sentence')).toHaveText(/within 21 days after the e-mail sent on 1 June 2026\.$/);
});

test('the CSV download is the table, in its sort order, with the settings that produced it', async ({ page, admin: _admin }) => {
  await signIn(page);
  await openPackage(page, 'Summer open-air 2026');
  await page.getByRole('button', { name: /^Customers/ }).click();
  await expect(page).toHaveURL(/sort=customers/);

  const table = page.getByRole('table', { name: /Audience clusters/ });
  const shown = await table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^backhaul-summer-open-air-2026-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...lines] = csv.trimEnd().split('\r\n');
  expect(header).toBe('Cluster,Customers,Items,Revenue (EUR),Share of revenue (%),Attribution model,Attribution window (days),E-mail sent on,Evaluated at,Final');

  const plain = (s: string) => s.replace(/[^\d.-]/g, '');
  const sentOn = await page.getByLabel('E-mail sent on').inputValue();
  // final unless the page says the window is still open (or closed after the evaluation)
  const final = String(!(await page.getByText(/window is still open|before the window closed/).isVisible()));
  const cells = lines.map((l) => l.split(','));
  expect(cells.map((c) => c.slice(0, 8))).toEqual(
    shown.map(([name, customers, items, revenue, share]) => [
      name, plain(customers ?? ''), plain(items ?? ''), plain(revenue ?? ''), plain(share ?? ''), 'EVENTS_FROM_PACKAGE', '14', sentOn,
    ]),
  );
  expect(new Set(cells.map((c) => c[9]))).toEqual(new Set([final]));
  expect(cells[0]?.[8]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  expect(lines.length).toBeGreaterThan(1);
});

test('the Excel download is the table in its sort order, numbers as numbers, with the settings in words', async ({ page, admin: _admin }) => {
  await signIn(page);
  await openPackage(page, 'Summer open-air 2026');
  await page.getByRole('button', { name: /^Customers/ }).click();
  await expect(page).toHaveURL(/sort=customers/);
  const table = page.getByRole('table', { name: /Audience clusters/ });
  const names = await table.locator('tbody tr th').allTextContents();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^backhaul-summer-open-air-2026-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [header = [], ...rows] = sheetValues(await readFirstSheet(await readFile(await download.path())));
  expect(header.slice(0, 4)).toEqual(['Cluster', 'Customers', 'Items', 'Revenue (EUR)']);
  // the clusters in the table's order, then the total row (the page's tiles)
  expect(rows.map((r) => r[0])).toEqual([...names.map((n) => n.trim()), 'All clusters']);
  const customers = rows.slice(0, -1).map((r) => r[1] as number);
  expect(customers).toEqual([...customers].sort((a, b) => b - a));
  expect(rows.at(-1)?.[1]).toBe(customers.reduce((a, b) => a + b, 0));
  expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(['Events in this package']));
});

test('sorting the cluster table far down a phone screen keeps the page where it is', async ({ page, admin: _admin }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await openPackage(page, 'Summer open-air 2026');
  const sort = page.getByRole('button', { name: /^Customers/ });
  // the table's header near the top of the screen, the page scrolled down to it
  const top = await sort.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, y), top - 80);
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(200);

  await sort.click();
  await expect(page).toHaveURL(/sort=customers/);
  await expect(sort).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(y);
  // each cluster is a card: its revenue share is on screen, not behind a sideways scroll
  const share = page.getByRole('table', { name: /Audience clusters/ }).getByRole('row').nth(1).getByRole('cell').last();
  await expect(share).toHaveText(/%/);
  const box = await share.boundingBox();
  expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
});

test('"Change settings" puts keyboard focus in the form; a date before the package is refused there', async ({ page, admin: _admin }) => {
  const writes: string[] = [];
  page.on('request', (r) => { if (r.method() === 'PUT') writes.push(r.url()); });
  await signIn(page);
  await openPackage(page, 'Summer open-air 2026');
  await page.getByRole('link', { name: 'Change settings' }).focus();
  await page.keyboard.press('Enter');
  const window = page.getByLabel('Attribution window');
  await expect(window).toBeFocused();
  await expect(window).toBeInViewport();

  const date = page.getByLabel('E-mail sent on');
  await date.fill('2020-01-01');
  await page.getByRole('button', { name: 'Save and re-evaluate' }).click();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/The e-mail cannot have gone out before the package was created \(.+\)\./);
  expect(writes).toEqual([]);
});
