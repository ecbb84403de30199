import { test, expect, signIn } from './fixtures';

declare global {
  interface Window { cspViolations?: string[] }
}

test('the built app ships a Content-Security-Policy and nothing it does is blocked by it', async ({ page, admin: _admin }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations?.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const refused: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) refused.push(m.text()); });
  // a full load (goto) starts a new document: keep what the one before reported
  const reported: string[] = [];
  const collect = async () => { reported.push(...(await page.evaluate(() => window.cspViolations ?? []))); };
  const visit = async (path: string) => { await collect(); await page.goto(path); };

  await signIn(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).toContain("object-src 'none'");

  // The pages a cold load opens with the inline preload script, then charts, then a lazy route.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await visit('/events');
  const first = page.getByRole('main').locator('a[href^="/events/evt_"]').first();
  await expect(first).toBeVisible();
  const eventPath = await first.getAttribute('href');
  await first.click();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Packages' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('main').locator('a[href^="/package-builder/"]').first().click();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();

  // every other route, each with its own styles and lazy code
  await nav.getByRole('link', { name: 'Campaigns' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  await page.getByRole('main').locator('a[href^="/campaigns/"]').first().click();
  await expect(page.getByRole('heading', { name: 'Controls' })).toBeVisible();
  await nav.getByRole('link', { name: 'Sales data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sales data' })).toBeVisible();
  await visit(`${eventPath}/sales`);
  await expect(page.getByRole('heading', { level: 1, name: /^Sales data:/ })).toBeVisible();
  await visit('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await visit('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await collect();
  expect(reported.concat(refused)).toEqual([]);
});
