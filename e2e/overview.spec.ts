import { test, expect, signIn, expectNoAxeViolations } from './fixtures';

const tile = (page: import('@playwright/test').Page, label: string) =>
  page.locator('.kpi-tile').filter({ has: page.locator('.kpi-tile__label', { hasText: label }) });

test('overview: portfolio, flagged, next 14 days and campaign figures; tiles lead to the filtered list', async ({ page, admin: _admin }) => {
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(tile(page, 'Revenue')).toContainText('€');
  await expect(tile(page, 'ROAS')).toContainText('×');
  await expect(page.getByRole('heading', { name: /Flagged/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Events in the next 14 days' }).locator('tbody tr').first()).toBeVisible();
  await expect(tile(page, 'Ignored')).toBeVisible();
  await expectNoAxeViolations(page);

  const running = page.locator('.kpi-tile__count', { hasText: 'running' });
  const count = Number((await running.locator('.kpi-tile__value').textContent())?.replace(/\D/g, ''));
  await running.click();
  await expect(page).toHaveURL(/\/events\?campaign_status=RUNNING&range=all$/);
  await expect(page.locator('.events-list__count strong')).toHaveText(String(count));
});

test('overview of an empty account: dashes, no flagged panel, a clear empty message', async ({ page, admin }) => {
  await admin.reset({ scenario: 'empty' });
  await signIn(page);
  await expect(tile(page, 'Revenue')).toContainText('—');
  await expect(page.getByText('No events in the next 14 days.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Flagged/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a failing panel keeps the rest of the overview and retries on its own', async ({ page, admin }) => {
  await admin.fault({ method: 'GET', path: '/api/v3/campaigns/statistics', status: 403, times: 1 });
  await signIn(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the campaign figures' });
  await expect(alert).toBeVisible();
  await expect(tile(page, 'Revenue')).toContainText('€');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(tile(page, 'Ignored')).toBeVisible();
});
