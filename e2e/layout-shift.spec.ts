import type { Locator, Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';

/**
 * Holds the page's requests matching `pattern` until `release()`: the placeholders stay on
 * screen, so where things stand can be read before and after the answers (or errors) come.
 */
async function holdRequests(page: Page, pattern: RegExp) {
  const held: (() => void)[] = [];
  await page.route(pattern, async (route) => {
    await new Promise<void>((release) => held.push(release));
    await route.continue();
  });
  return { count: () => held.length, release: () => held.splice(0).forEach((release) => release()) };
}
/** The first event of the list, as a user finds it. */
async function firstEventId(page: Page) {
  await page.goto('/events');
  const link = page.getByRole('main').locator('a[href^="/events/evt_"]').first();
  await expect(link).toBeVisible();
  return (await link.getAttribute('href'))?.split('/').pop() ?? '';
}
const top = (l: Locator) => l.evaluate((e) => Math.round(e.getBoundingClientRect().top + window.scrollY));

// Slow answers: the placeholders are as tall as what replaces them (CLS target ≤ 0.01, issue 8).
for (const width of [1366, 390]) {
  test(`event page at ${width} px: nothing below moves when slow KPIs and attribution model arrive`, async ({ page, admin: _admin }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page);
    const eid = await firstEventId(page);
    const slow = await holdRequests(page, /\/api\/v3\/events\/[^/]+\/(statistics|attribution_model)$/);
    await page.goto(`/events/${eid}`);
    await expect.poll(slow.count).toBe(2);
    const below = page.getByRole('heading', { name: 'Demand benchmark' });
    const before = await top(below);
    slow.release();
    await expect(page.getByRole('group', { name: 'ROAS' })).not.toContainText('Loading');
    await expect(page.getByRole('radio', { checked: true })).toBeVisible();
    expect(await top(below)).toBe(before);
  });
}

test('event page at 1366 px: a failed attribution model read moves nothing below', async ({ page, admin }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page);
  const eid = await firstEventId(page);
  await page.waitForLoadState('networkidle');
  await admin.fault({ method: 'GET', path: '/api/v3/events/*/attribution_model', status: 403, times: 1 });
  const slow = await holdRequests(page, /\/api\/v3\/events\/[^/]+\/attribution_model$/);
  await page.goto(`/events/${eid}`);
  await expect.poll(slow.count).toBe(1);
  const below = page.getByRole('heading', { name: 'Demand benchmark' });
  const before = await top(below);
  slow.release();
  await expect(page.getByText('Could not load the attribution model')).toBeVisible();
  expect(await top(below)).toBe(before);
});

// A failed read shows its error in the placeholder's place, at least as tall: nothing below moves.
const FAILURES = [
  { page: '/campaigns', path: '/api/v3/campaigns/statistics', shows: 'Could not load the campaign figures', width: 390, below: 'Search events' },
  { page: '/', path: '/api/v3/events/statistics', shows: 'Could not load the portfolio figures', width: 390, below: 'Campaigns' },
  { page: '/events', path: '/api/v3/events/venues', shows: 'could not be loaded', width: 1366, below: 'Category' },
];
for (const failure of FAILURES) {
  test(`${failure.page} at ${failure.width} px: "${failure.shows}" moves nothing below it`, async ({ page, admin }) => {
    await page.setViewportSize({ width: failure.width, height: 844 });
    await signIn(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // the overview (where sign-in lands) reads some of the same paths: the fault is for the page below
    await page.waitForLoadState('networkidle');
    await admin.fault({ method: 'GET', path: failure.path, status: 403, times: 1 });
    const slow = await holdRequests(page, new RegExp(`${failure.path.replace(/[/.]/g, '\\$&')}(\\?|$)`));
    await page.goto(failure.page);
    await expect.poll(slow.count).toBe(1);
    const below = page.getByRole('heading', { name: failure.below }).or(page.getByLabel(failure.below, { exact: true })).first();
    const before = await top(below);
    slow.release();
    await expect(page.getByText(failure.shows).first()).toBeVisible();
    expect(await top(below)).toBe(before);
  });
}

test('event page at 390 px: while another daily revenue range loads, the chart stays where it was', async ({ page, admin: _admin }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await page.goto('/events/evt_1myr47h');
  const daily = page.getByRole('region', { name: 'Daily revenue', exact: true });
  const summary = daily.locator('.chart-frame__summary');
  await expect(summary).not.toHaveText(/^$|Loading/);
  const height = () => daily.evaluate((e) => Math.round(e.getBoundingClientRect().height));
  const before = await height();
  const slow = await holdRequests(page, /\/api\/v3\/daily_revenue_summary\//);
  await daily.getByLabel('Range', { exact: true }).selectOption('7d');
  await expect(summary).toHaveText(/^Loading /);
  // the short "Loading …" line keeps the taller summary's place
  expect(await height()).toBe(before);
  slow.release();
  await expect(summary).not.toHaveText(/Loading/);
});
