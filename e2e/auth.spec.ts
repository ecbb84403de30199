import type { Page } from '@playwright/test';
import { test, expect, signIn, expectNoAxeViolations } from './fixtures';

/** The header's partner list: open it, pick one; from the overview, the other partner's overview. */
async function switchPartner(page: Page, name: string) {
  await page.getByRole('button', { name: /^Partner:/ }).click();
  await page.getByRole('group', { name: 'Switch partner' }).getByRole('button', { name }).click();
  await expect(page.getByRole('button', { name: `Partner: ${name}` })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
}

test('sign in as demo, switch partner, sign out', async ({ page, admin: _admin }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expectNoAxeViolations(page);
  await signIn(page);
  await expect(page.getByRole('button', { name: 'Partner: Acme Concerts' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' })).toBeVisible();
  await expectNoAxeViolations(page);

  await switchPartner(page, 'Bravo Sports');

  await page.getByRole('button', { name: /demo/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Future Demand' })).toBeVisible();
  // the session is gone for good: a reload stays signed out
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in to Future Demand' })).toBeVisible();
});

test('on a phone the user menu shows the initial and keeps the name for screen readers', async ({ page, admin: _admin }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  const menu = page.getByRole('button', { name: 'demo', exact: true });
  await expect(menu).toBeVisible();
  await expect(menu).toContainText('D');
  await menu.click();
  await expect(page.getByRole('group', { name: 'User menu' })).toContainText('Signed in as demo');
});

test('the partner choice is remembered for the next sign-in', async ({ page, admin: _admin }) => {
  await signIn(page, { partner: 'Bravo Sports' });
  await expect(page.getByRole('button', { name: 'Partner: Bravo Sports' })).toBeVisible();
  await page.getByRole('button', { name: /demo/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, { partner: '' });
  await expect(page.getByRole('button', { name: 'Partner: Bravo Sports' })).toBeVisible();
});

test('a wrong password shows an error and keeps the username', async ({ page, admin: _admin }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill('demo');
  await page.getByLabel('Password').fill('wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
  await expect(page.getByLabel('Username')).toHaveValue('demo');
});

test('an expired session leads to sign-in and back to the same page', async ({ page, admin }) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Packages' }).click();
  await expect(page).toHaveURL(/\/package-builder$/);
  // the server stops accepting the session: every API call answers 401 (refresh included)
  await admin.fault({ path: '/api/v3/**', status: 401 });
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fpackage-builder/);
  await expect(page.getByRole('status')).toContainText('Your session ended');
  await admin.clearFaults();
  await page.getByLabel('Username').fill('demo');
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/package-builder$/);
});

test('short-lived tokens are refreshed without interrupting the user', async ({ page, admin }) => {
  await admin.reset({ tokenLifetimeSeconds: 60 });
  const refreshes: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/auth/refresh_token')) refreshes.push(r.method()); });
  await signIn(page);
  await switchPartner(page, 'Bravo Sports');
  expect(refreshes.length).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('heading', { name: 'Sign in to Future Demand' })).toHaveCount(0);
});

test('unknown pages show not found with a way back', async ({ page, admin: _admin }) => {
  await signIn(page);
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a session that ends while an event edit is open: sign in again over both dialogs, then the save goes through', async ({ page, admin }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await page.getByRole('main').locator('a[href^="/events/evt_"]').first().click();
  await page.getByRole('button', { name: 'Edit event' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit event' });
  await edit.getByLabel('Capacity').fill('4321');
  await admin.fault({ method: 'PUT', path: '/cr-api/events/*', status: 401, times: 1 });
  await edit.getByRole('button', { name: 'Save changes' }).click();

  // the browser's top layer: the new dialog is over the edit dialog, with the keyboard in it
  const again = page.getByRole('dialog', { name: 'Sign in again to carry on' });
  await expect(again.getByLabel('Password')).toBeFocused();
  await page.keyboard.press('Escape'); // closes neither: only the dialog's own buttons do
  await expect(again).toBeVisible();
  await expect(edit.getByLabel('Capacity')).toHaveValue('4321');
  await expectNoAxeViolations(page);
  await again.getByLabel('Password').fill('demo');
  await again.getByRole('button', { name: 'Sign in' }).click();
  await expect(again).toBeHidden();

  await expect(edit.getByLabel('Capacity')).toHaveValue('4321');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(page.locator('.event-header')).toContainText('4,321');
  await expect(page).toHaveURL(/\/events\/evt_/);
});
