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
  const violations = async () => (await page.evaluate(() => window.cspViolations ?? [])).concat(refused);

  await signIn(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).toContain("object-src 'none'");

  // The pages a cold load opens with the inline preload script, then charts, then a lazy route.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/events');
  const first = page.getByRole('main').locator('a[href^="/events/evt_"]').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Packages' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]);
});
