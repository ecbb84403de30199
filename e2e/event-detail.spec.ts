import type { Locator, Page, Response } from '@playwright/test';
import { formatDay, formatMoney, formatPercent } from '../src/lib/format';
import { test, expect, signIn, expectNoAxeViolations } from './fixtures';

const isPath = (re: RegExp) => (r: Response) => r.request().method() === 'GET' && re.test(new URL(r.url()).pathname);
const SALES = /\/api\/v3\/events\/[^/]+\/sales-graph$/;
const DAILY = /\/api\/v3\/daily_revenue_summary\/$/;

interface SalesPoint { mapped_date: string; norm_tickets_sold_current: number | null }
interface DailyAnswer { currency: string | null; days: { date: string; revenue: number | null; tickets: number | null }[] }

/** From the events list to the first event; resolves with the id and the chart answers. */
async function openFirstEvent(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  // the list must be on screen before its first link is read: the overview (where sign-in lands)
  // has event links too, and its first one is another event once the day's first event is past
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  const link = page.getByRole('main').locator('a[href^="/events/evt_"]').first();
  await expect(link).toBeVisible();
  const title = (await link.textContent())?.trim() ?? '';
  const [sales, daily] = await Promise.all([page.waitForResponse(isPath(SALES)), page.waitForResponse(isPath(DAILY)), link.click()]);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const eid = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  return { eid, title, sales: (await sales.json()) as { sales: SalesPoint[] }, daily: (await daily.json()) as DailyAnswer };
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Every drawn SVG path of the chart has a non-empty `d`; at least `min` of them. */
async function expectDrawn(chart: Locator, selector: string, min = 1) {
  const paths = chart.locator(selector);
  await expect.poll(() => paths.count()).toBeGreaterThanOrEqual(min);
  const ds = await paths.evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''));
  expect(ds.filter((d) => d.trim().length > 3)).toHaveLength(ds.length);
}

test('open an event from the list: every panel shows data, charts are drawn and their tables match the API', async ({ page, admin: _admin }) => {
  await signIn(page);
  const { sales, daily } = await openFirstEvent(page);

  for (const name of ['Sales and campaigns', 'Demand benchmark', 'Sales vs prediction', 'Daily revenue', 'Ticket categories', 'Sell-through by category', 'Event series', 'Taste clusters']) {
    await expect(region(page, name), name).toBeVisible();
    await expect(region(page, name).getByRole('alert'), name).toHaveCount(0);
    await expect(region(page, name).getByRole('status', { name: /^Loading/ }), name).toHaveCount(0);
  }
  await expect(region(page, 'Sales and campaigns').getByRole('radio', { checked: true })).toHaveCount(1);
  await expect(region(page, 'Demand benchmark')).toContainText(/benchmark/i);

  // sales vs prediction: curves drawn, table = the API's points in fractions of capacity
  const salesChart = region(page, 'Sales vs prediction');
  await expectDrawn(salesChart, 'path.recharts-curve', 2);
  const values = sales.sales.flatMap((p) => [p.norm_tickets_sold_current]).filter((v): v is number => v !== null);
  const scale = Math.max(0, ...values) < 1.5 ? 1 : 100;
  await salesChart.getByRole('button', { name: 'View as table' }).click();
  await expect(salesChart.getByRole('table').getByRole('row')).toHaveCount(sales.sales.length + 1);
  const lastSold = [...sales.sales].reverse().find((p) => p.norm_tickets_sold_current !== null);
  if (lastSold) {
    const row = salesChart.getByRole('row', { name: new RegExp(`^${formatDay(lastSold.mapped_date)}`) });
    await expect(row.getByRole('cell').nth(1)).toHaveText(formatPercent((lastSold.norm_tickets_sold_current ?? 0) / scale));
  }

  // daily revenue: bars drawn, every API day in the table with its revenue, missing days as 0
  const dailyChart = region(page, 'Daily revenue');
  if (daily.days.some((d) => (d.revenue ?? 0) > 0)) await expectDrawn(dailyChart, 'path.recharts-rectangle');
  await dailyChart.getByRole('button', { name: 'View as table' }).click();
  await expect(dailyChart.getByRole('table').getByRole('row')).toHaveCount(31);
  for (const d of daily.days.slice(-5)) {
    const row = dailyChart.getByRole('row', { name: new RegExp(`^${formatDay(d.date)}`) });
    await expect(row.getByRole('cell').nth(1)).toHaveText(formatMoney(d.revenue ?? 0, daily.currency));
  }

  await expectDrawn(region(page, 'Sell-through by category'), 'path.recharts-rectangle');
  await expectNoAxeViolations(page);
});

// What a person reads off the drawn chart: the capacity rule's label whole, dates at one step
for (const width of [1366, 390]) {
  test(`sales chart at ${width} px: the capacity label is not cut off, and the date ticks are evenly spaced`, async ({ page, admin: _admin }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page);
    await openFirstEvent(page);
    const chart = region(page, 'Sales vs prediction');
    await chart.scrollIntoViewIfNeeded();
    await expectDrawn(chart, 'path.recharts-curve', 2);
    const svg = chart.locator('svg.recharts-surface').first();
    const frame = (await svg.boundingBox())!;
    const label = (await svg.locator('text.recharts-label', { hasText: /of capacity$/ }).boundingBox())!;
    expect(label.y).toBeGreaterThanOrEqual(frame.y);

    // the x axis's labels: centred under their tick (the y axis's are right-aligned)
    const ticks = await svg.locator('text.recharts-cartesian-axis-tick-value[text-anchor="middle"]').evaluateAll((els) =>
      els.map((e) => ({ text: e.textContent ?? '', left: e.getBoundingClientRect().left, right: e.getBoundingClientRect().right })));
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    const centres = ticks.map((t) => (t.left + t.right) / 2);
    const gaps = centres.slice(1).map((c, i) => c - (centres[i] ?? 0));
    // one step of days, or of months (28 to 31 days each): never a 40-day gap beside a 30-day one
    expect(Math.max(...gaps) / Math.min(...gaps), ticks.map((t) => t.text).join(' · ')).toBeLessThan(1.12);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.left).toBeGreaterThan(ticks[i - 1]!.right);
  });
}

test('range and toggles go into the URL and survive a reload', async ({ page, admin: _admin }) => {
  await signIn(page);
  const { eid } = await openFirstEvent(page);
  const daily = region(page, 'Daily revenue');
  const next = page.waitForResponse((r) => isPath(DAILY)(r) && new URL(r.url()).searchParams.get('start_date') !== null);
  await daily.getByLabel('Range', { exact: true }).selectOption('Last 90 days');
  const answer = await next;
  await daily.getByRole('button', { name: 'Tickets' }).click();
  await region(page, 'Sales vs prediction').getByRole('button', { name: 'Tickets' }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${eid}\\?range=90d&daily=tickets&unit=tickets$`));
  const days = new URL(answer.url()).searchParams;
  expect(Date.parse(days.get('end_date') ?? '') - Date.parse(days.get('start_date') ?? '')).toBe(89 * 86_400_000);

  await daily.getByLabel('Range', { exact: true }).selectOption('Custom');
  await daily.getByLabel('From').fill('2026-10-01');
  await daily.getByLabel('To').fill('2026-10-15');
  await daily.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/range=custom&from=2026-10-01&to=2026-10-15&daily=tickets&unit=tickets$/);

  await page.reload();
  const again = region(page, 'Daily revenue');
  await expect(again.getByLabel('Range', { exact: true })).toHaveValue('custom');
  await expect(again.getByLabel('From')).toHaveValue('2026-10-01');
  await expect(again.getByRole('button', { name: 'Tickets' })).toHaveAttribute('aria-pressed', 'true');
  await expect(region(page, 'Sales vs prediction').getByRole('button', { name: 'Tickets' })).toHaveAttribute('aria-pressed', 'true');
  // the range said once, the shared month and year at the end
  await expect(again).toContainText(/\b1\s?–\s?15 October 2026/);
});

test('series: add two events in one POST, then remove one with DELETE', async ({ page, admin: _admin }) => {
  await signIn(page);
  await openFirstEvent(page);
  const series = region(page, 'Event series');
  await expect(series.getByRole('button', { name: 'Add events' })).toBeEnabled();
  const before = await series.getByRole('link').count();
  await series.getByRole('button', { name: 'Add events' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add events to the series' });
  await expect(dialog.getByLabel('Search events')).toBeFocused();
  const options = dialog.getByRole('checkbox');
  await expect(options.first()).toBeVisible();
  const labels = dialog.locator('label', { has: page.getByRole('checkbox') }).locator('strong');
  const picked = [(await labels.nth(0).textContent()) ?? '', (await labels.nth(1).textContent()) ?? ''];
  await options.nth(0).check();
  await options.nth(1).check();
  await expectNoAxeViolations(page);
  const post = page.waitForRequest((r) => r.method() === 'POST' && /\/series\?/.test(r.url()));
  await dialog.getByRole('button', { name: 'Add 2 events' }).click();
  const sent = new URL((await post).url());
  expect(sent.searchParams.getAll('event_series')).toHaveLength(2);
  await expect(dialog).toBeHidden();
  await expect(series.getByRole('link')).toHaveCount(before + 2);
  for (const title of picked) await expect(series.getByRole('link', { name: title }).first()).toBeVisible();

  const del = page.waitForRequest((r) => r.method() === 'DELETE' && /\/series\?/.test(r.url()));
  await series.getByRole('button', { name: /^Remove / }).first().click();
  expect(new URL((await del).url()).searchParams.getAll('event_series')).toHaveLength(1);
  await expect(series.getByRole('link')).toHaveCount(before + 1);
  await page.reload();
  await expect(region(page, 'Event series').getByRole('link')).toHaveCount(before + 1);
});

test('the attribution model change persists after a reload', async ({ page, admin: _admin }) => {
  await signIn(page);
  await openFirstEvent(page);
  const results = region(page, 'Sales and campaigns');
  const refetch = page.waitForResponse(isPath(/\/api\/v3\/events\/[^/]+\/statistics$/));
  await results.getByRole('radio', { name: /External/ }).check();
  await results.getByRole('button', { name: 'Use External for this event' }).click();
  await refetch;
  await page.reload();
  await expect(region(page, 'Sales and campaigns').getByRole('radio', { name: /External/ })).toBeChecked();
});

test('edit: an invalid value shows an inline error, then a valid save persists', async ({ page, admin: _admin }) => {
  await signIn(page);
  await openFirstEvent(page);
  await page.getByRole('button', { name: 'Edit event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit event' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await dialog.getByLabel('Capacity').fill('12.5');
  await dialog.getByLabel('Title').fill('Renamed in e2e');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByLabel('Capacity')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Capacity is a number of seats: no decimals.')).toBeVisible();
  await expect(dialog.getByLabel('Capacity')).toBeFocused();
  await expectNoAxeViolations(page);

  await dialog.getByLabel('Capacity').fill('4321');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Renamed in e2e' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Renamed in e2e' })).toBeVisible();
  await expect(page.locator('.event-header')).toContainText('4,321');
});

test('a panel whose endpoint fails shows its error while the others render; Escape closes dialogs', async ({ page, admin }) => {
  await signIn(page);
  await admin.fault({ method: 'GET', path: '/api/v3/events/*/clusters', kind: 'malformed' });
  await openFirstEvent(page);
  const clusters = region(page, 'Taste clusters');
  await expect(clusters.getByRole('alert')).toContainText('Could not load the taste clusters');
  await expect(region(page, 'Ticket categories').getByRole('table')).toBeVisible();
  await expect(region(page, 'Sales vs prediction').getByRole('alert')).toHaveCount(0);
  await admin.clearFaults();
  await clusters.getByRole('button', { name: 'Try again' }).click();
  await expect(clusters.getByRole('table')).toBeVisible();

  await page.getByRole('button', { name: 'Edit event' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit event' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Edit event' })).toBeFocused();
});

test('an unknown event id shows not found', async ({ page, admin: _admin }) => {
  await signIn(page);
  await page.goto('/events/evt_does_not_exist');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('on a phone each taste cluster is a card: its share of audience is on screen, not behind a sideways scroll', async ({ page, admin: _admin }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await openFirstEvent(page);
  const clusters = region(page, 'Taste clusters');
  await clusters.scrollIntoViewIfNeeded();
  const share = clusters.getByRole('row').nth(1).getByRole('cell').last();
  await expect(share).toHaveText(/%/);
  const box = await share.boundingBox();
  expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
});

test('a cold load whose event read hangs says it is loading instead of a blank page', async ({ page, admin }) => {
  await signIn(page);
  const { eid, title } = await openFirstEvent(page);
  await admin.fault({ method: 'GET', path: `/api/v3/events/${eid}`, kind: 'hang', times: 1 });
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the dashboard…' })).toBeVisible({ timeout: 4000 });
  await expect(page.getByRole('progressbar', { name: 'Loading the page' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toHaveCount(0);
});
