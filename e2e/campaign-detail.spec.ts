import type { Locator, Page } from '@playwright/test';
import { test, expect, signIn, expectNoAxeViolations, kpiValue } from './fixtures';

const PARTNER = 'partner-id-acme';

interface EventRow { id: string; title: string; start_date_time: string; client_campaign_status: string | null; campaign_optimisation_status: string | null; ad_campaign_optimisation_status: string | null }
interface CampaignPage { total: number; items: { status: string }[] }

/** Reads the API as the signed-in user (the session's own token), through the app's proxy. */
async function readApi<T>(page: Page, path: string): Promise<T> {
  const token = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('fd.session') ?? '{}') as { accessToken?: string }).accessToken ?? '');
  const res = await page.request.get(`/api/v3${path}`, { headers: { Authorization: `Bearer ${token}`, 'X-Preferred-Partner-Id': PARTNER } });
  expect(res.ok(), path).toBe(true);
  return (await res.json()) as T;
}

/** An upcoming event whose campaigns run (client status RUNNING, at least one RUNNING campaign). */
async function runningEvent(page: Page): Promise<EventRow> {
  const list = await readApi<{ items: EventRow[] }>(page, '/events/?campaign_status=RUNNING&limit=50&sort=start_date_time');
  for (const event of list.items) {
    if (event.client_campaign_status !== 'RUNNING' || Date.parse(event.start_date_time) < Date.now()) continue;
    const campaigns = await readApi<CampaignPage>(page, `/events/${event.id}/campaigns?page=1&limit=50`);
    if (campaigns.items.some((c) => c.status === 'RUNNING')) return event;
  }
  throw new Error('no upcoming event with running campaigns in the mock data');
}

async function openCampaign(page: Page) {
  await signIn(page);
  const event = await runningEvent(page);
  await page.goto(`/campaigns/${event.id}`);
  await expect(page.getByRole('heading', { level: 1, name: event.title })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Campaigns of this event' })).toBeVisible();
  return event;
}

const delivery = (page: Page) => page.getByTestId('delivery-status');
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('pause → "Paused", still paused after a reload, then resume', async ({ page, admin: _admin }) => {
  const event = await openCampaign(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Pause all campaigns' }).click();
  const confirm = page.getByRole('dialog', { name: 'Pause all campaigns?' });
  await expect(confirm).toContainText(/live campaigns? of this event will stop showing ads/);
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Pause campaigns' }).click();
  await expect(delivery(page)).toHaveText('Campaigns paused.');
  await expect(page.getByText('Campaigns are paused.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Campaigns of this event' });
  await expect(table.getByText('Running', { exact: true })).toHaveCount(0);

  await page.reload();
  await expect(page.getByText('Campaigns are paused.')).toBeVisible();
  expect((await readApi<EventRow>(page, `/events/${event.id}`)).client_campaign_status).toBe('PAUSED');

  await page.getByRole('button', { name: 'Resume all campaigns' }).click();
  await page.getByRole('dialog', { name: 'Resume all campaigns?' }).getByRole('button', { name: 'Resume campaigns' }).click();
  await expect(delivery(page)).toHaveText('Campaigns resumed.');
  await expect(page.getByText('Campaigns are running.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause all campaigns' })).toBeVisible();
  expect((await readApi<EventRow>(page, `/events/${event.id}`)).client_campaign_status).toBe('RUNNING');
  await expectNoAxeViolations(page);
});

test('a failing task read shows "failed — retry"; retry succeeds', async ({ page, admin }) => {
  await openCampaign(page);
  await admin.fault({ method: 'GET', path: '/api/v3/events/*/client_campaign_status/task', status: 500 });
  await page.getByRole('button', { name: 'Pause all campaigns' }).click();
  await page.getByRole('button', { name: 'Pause campaigns' }).click();
  await expect(delivery(page)).toHaveText('Pausing failed —');
  await expect(page.getByText(/^The server had a problem. Please try again./)).toBeVisible();
  await expectNoAxeViolations(page);
  await admin.clearFaults();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(delivery(page)).toHaveText('Campaigns paused.');
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
});

test('optimisation switches persist', async ({ page, admin: _admin }) => {
  const event = await openCampaign(page);
  const campaign = page.getByRole('switch', { name: 'Campaign optimisation' });
  const ads = page.getByRole('switch', { name: 'Ad-level optimisation' });
  const before = [await campaign.getAttribute('aria-checked'), await ads.getAttribute('aria-checked')];
  const flipped = before.map((v) => String(v !== 'true'));
  await campaign.click();
  await ads.click();
  await expect(campaign).toHaveAttribute('aria-checked', flipped[0]!);
  await expect(ads).toHaveAttribute('aria-checked', flipped[1]!);
  await expect(page.getByText('Saved', { exact: true })).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Campaign optimisation' })).toHaveAttribute('aria-checked', flipped[0]!);
  await expect(page.getByRole('switch', { name: 'Ad-level optimisation' })).toHaveAttribute('aria-checked', flipped[1]!);
  const server = await readApi<EventRow>(page, `/events/${event.id}`);
  expect([server.campaign_optimisation_status === 'ON', server.ad_campaign_optimisation_status === 'ON'].map(String)).toEqual(flipped);
});

for (const width of [1366, 390]) {
  test(`at ${width} px the "Saved" note moves no switch: both stay in line`, async ({ page, admin: _admin }) => {
    await page.setViewportSize({ width, height: 900 });
    await openCampaign(page);
    const campaign = page.getByRole('switch', { name: 'Campaign optimisation' });
    const ads = page.getByRole('switch', { name: 'Ad-level optimisation' });
    const left = async (l: Locator) => (await l.boundingBox())?.x;
    const before = await left(campaign);
    expect(before).toBe(await left(ads));
    await campaign.click();
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    expect(await left(campaign)).toBe(before);
    expect(await left(ads)).toBe(before);
  });
}

test('five rapid toggles end with the UI equal to the server', async ({ page, admin: _admin }) => {
  const event = await openCampaign(page);
  const toggle = page.getByRole('switch', { name: 'Campaign optimisation' });
  const puts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'PUT' && r.url().includes('/campaign_optimisation_status')) puts.push(r.url()); });
  for (let i = 0; i < 5; i++) await toggle.click({ delay: 0 });
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const server = (await readApi<EventRow>(page, `/events/${event.id}`)).campaign_optimisation_status;
  await expect(toggle).toHaveAttribute('aria-checked', String(server === 'ON'));
  expect(puts.length).toBeGreaterThanOrEqual(1);
  expect(puts.length).toBeLessThanOrEqual(5);
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Campaign optimisation' })).toHaveAttribute('aria-checked', String(server === 'ON'));
});

test('reset asks for confirmation, says what is lost, and clears the campaigns', async ({ page, admin }) => {
  const event = await openCampaign(page);
  const { total } = await readApi<CampaignPage>(page, `/events/${event.id}/campaigns?page=1&limit=50`);
  const noun = total === 1 ? 'campaign' : 'campaigns';
  await page.getByRole('button', { name: 'Reset setup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the campaign setup?' });
  await expect(dialog).toContainText(`deletes ${total} ${noun}`);
  await expect(dialog).toContainText('total budget of €');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await readApi<CampaignPage>(page, `/events/${event.id}/campaigns?page=1&limit=50`)).total).toBe(total);

  // refused: the error shows in the dialog and the keyboard stays on its confirm button, to retry
  await admin.fault({ method: 'PUT', path: `/api/v3/events/${event.id}/reset_campaigns_setup`, status: 409 });
  await page.getByRole('button', { name: 'Reset setup…' }).click();
  const confirm = page.getByRole('button', { name: `Delete ${total} ${noun} and reset` });
  await confirm.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expect(confirm).toBeFocused();
  await admin.clearFaults();
  await page.keyboard.press('Enter');
  await expect(page.getByText('No campaigns for this event.')).toBeVisible();
  await expect(page.getByText(`Setup reset: ${total} ${noun} deleted.`)).toBeVisible();
  expect((await readApi<CampaignPage>(page, `/events/${event.id}/campaigns?page=1&limit=50`)).total).toBe(0);
  await page.reload();
  await expect(page.getByText('No campaigns for this event.')).toBeVisible();
});

test('audience suggestions follow budget and goal and reject invalid input', async ({ page, admin: _admin }) => {
  const event = await openCampaign(page);
  const defaults = await readApi<{ total_budget: number; goal: string }>(page, `/events/${event.id}/default_campaigns_parameters`);
  const panel = region(page, 'Audience suggestions');
  const budget = panel.getByLabel('Budget (EUR)');
  await expect(budget).toHaveValue(String(defaults.total_budget));
  await expect(panel.getByLabel('Goal')).toHaveValue(defaults.goal);
  const rows = panel.getByRole('table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();

  await budget.fill('1000');
  await expect(panel.getByRole('table', { name: /€1,000\.00/ })).toBeVisible();
  await expect(rows).toHaveCount(1);

  const asked = page.waitForRequest((r) => r.url().includes('/suggested_tcs?budget=9000&goal=VISIBILITY'));
  await budget.fill('9000');
  await panel.getByLabel('Goal').selectOption('VISIBILITY');
  await asked;
  await expect(panel.getByRole('table', { name: /€9,000\.00, goal: Visibility/ })).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(1);
  await expect(rows.first().getByText(/^\d\.\d of 5$/)).toBeVisible();

  let sentInvalid = false;
  page.on('request', (r) => { if (/suggested_tcs\?budget=(0|-)/.test(r.url())) sentInvalid = true; });
  await budget.fill('0');
  await expect(panel.getByText('The budget must be more than 0.')).toBeVisible();
  await expect(budget).toHaveAttribute('aria-invalid', 'true');
  await budget.fill('lots');
  await expect(panel.getByText('Enter the budget as a number, e.g. 5000 or 5000.50.')).toBeVisible();
  await expect(budget).toHaveValue('lots'); // nothing typed is lost
  expect(sentInvalid).toBe(false);
  await expectNoAxeViolations(page);
});

test('a manual result updates the totals and the event’s daily revenue; deleting it removes it everywhere', async ({ page, admin: _admin }) => {
  const event = await openCampaign(page);
  // visit the event detail first, so its daily revenue sits in the shared cache
  await page.getByRole('link', { name: 'Open in Lookout' }).click();
  const daily = region(page, 'Daily revenue');
  await expect(daily.getByRole('button', { name: 'View as table' })).toBeEnabled();
  await expect(daily).not.toContainText('7 purchases');
  await page.goBack();

  const card = region(page, 'Post-campaign performance');
  const purchasesTile = kpiValue(card, 'Purchases');
  await expect(purchasesTile).toHaveText('0');
  await card.getByRole('textbox', { name: 'Purchases', exact: true }).fill('-2');
  await card.getByLabel('Revenue (EUR)').fill('350');
  await card.getByRole('button', { name: 'Add adjustment' }).click();
  await expect(card.getByText('Purchases cannot be negative.')).toBeVisible();
  await card.getByRole('textbox', { name: 'Purchases', exact: true }).fill('7');
  await card.getByRole('button', { name: 'Add adjustment' }).click();
  await expect(card.getByText('Adjustment added.')).toBeVisible();
  await expect(purchasesTile).toHaveText('7');
  await expect(card.getByText('€350.00', { exact: true }).first()).toBeVisible();
  await expect(card.getByRole('row', { name: /Manual.*7.*€350\.00/ })).toBeVisible();
  // a running event's ROAS from a typed-in figure says so
  await expect(card.getByRole('group', { name: 'ROAS' })).toContainText('from manual adjustments only');

  // client-side navigation: the overlay must come from the invalidated cache, not a reload
  await page.getByRole('link', { name: 'Open in Lookout' }).click();
  await expect(daily.getByText(/7 purchases · €350\.00/)).toBeVisible();
  await daily.getByRole('button', { name: 'View as table' }).click();
  await expect(daily.getByRole('row', { name: /Campaign result: 7 purchases, €350\.00/ })).toBeVisible();
  await page.goBack();

  await card.getByRole('button', { name: /Delete the manual adjustment of 7 purchases/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this manual adjustment?' });
  await expect(dialog).toContainText('7 purchases');
  await dialog.getByRole('button', { name: 'Delete adjustment' }).click();
  await expect(card.getByText('Adjustment deleted.')).toBeVisible();
  await expect(purchasesTile).toHaveText('0');
  await expect(card.getByRole('row', { name: /Manual/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Open in Lookout' }).click();
  await expect(daily.getByRole('button', { name: 'View as table' })).toBeEnabled();
  await expect(daily).not.toContainText('7 purchases');
  const results = await readApi<unknown[]>(page, `/campaign_results/?eid=${event.id}&partner_id=${PARTNER}`);
  expect(results).toEqual([]);
});

test('on a phone each campaign is a labelled card, with no sideways scrolling', async ({ page, admin: _admin }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openCampaign(page);
  const table = page.getByRole('table', { name: 'Campaigns of this event' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await table.locator('xpath=..').evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);

  const card = table.getByRole('row').filter({ has: page.getByRole('rowheader') }).nth(1);
  await card.scrollIntoViewIfNeeded();
  const budget = card.getByRole('cell').nth(1);
  await expect(budget).toBeInViewport({ ratio: 1 });
  expect(await budget.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Budget"');
  await expect(table.getByRole('columnheader', { name: 'Budget' })).toBeAttached();
});
