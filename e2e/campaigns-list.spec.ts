import { test, expect, signIn, expectNoAxeViolations, kpiValue } from './fixtures';

test('Wave list: campaign columns, KPI strip filters by campaign status in the URL, rows open the campaign page', async ({ page, admin: _admin }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
  const table = page.getByRole('table', { name: 'Events and their campaigns' });
  await expect(table.locator('tbody tr a').first()).toBeVisible();
  for (const h of ['Campaign', 'Delivery', 'Optimisation', 'Active campaigns']) await expect(table.getByRole('columnheader', { name: h, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  const strip = page.locator('section', { has: page.getByRole('heading', { name: 'Campaign status' }) });
  const running = Number((await kpiValue(strip, 'Running').textContent())?.replace(/\D/g, ''));
  await strip.getByRole('link', { name: /Running/ }).click();
  await expect(page).toHaveURL(/\/campaigns\?campaign_status=RUNNING&range=all$/);
  // the strip counts hidden events too; the list leaves them out
  await expect(page.locator('.events-list__count strong')).toBeVisible();
  const listed = Number((await page.locator('.events-list__count strong').textContent())?.replace(/\D/g, ''));
  expect(listed).toBeGreaterThan(0);
  expect(listed).toBeLessThanOrEqual(running);
  await page.reload();
  await expect(page.locator('.multi-select', { hasText: 'Campaign' }).locator('summary')).toContainText('Running');
  const pills = table.locator('tbody tr td:nth-child(5)');
  await expect(pills.first()).toHaveText('Running');
  expect(new Set(await pills.allTextContents())).toEqual(new Set(['Running']));

  const link = table.locator('tbody tr a').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/campaigns\/[^/]+$/);
  await table.locator('tbody tr').first().locator('td').nth(1).click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});
