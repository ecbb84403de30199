import { test as base, expect, type Locator, type Page, type APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const MOCK_URL = `http://localhost:${process.env.E2E_MOCK_PORT ?? 47392}`;

/** The standalone mock server's admin path (reset state, inject faults). */
export function mockAdmin(request: APIRequestContext) {
  return {
    reset: (options: Record<string, unknown> = {}) => request.post(`${MOCK_URL}/__mock/reset`, { data: options }),
    fault: (spec: { method?: string; path: string; status?: number; kind?: string; times?: number }) =>
      request.post(`${MOCK_URL}/__mock/faults`, { data: spec }),
    clearFaults: () => request.delete(`${MOCK_URL}/__mock/faults`),
  };
}

export async function signIn(page: Page, { username = 'demo', password = 'demo', partner = 'Acme Concerts' } = {}) {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (partner) {
    const choose = page.getByRole('heading', { name: 'Choose a partner' });
    const partnerButton = page.getByRole('button', { name: partner.split(' ')[0] });
    await choose.waitFor({ timeout: 5000 }).then(() => partnerButton.click()).catch(() => undefined);
  }
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * A KPI tile by its label: a tile is a group named by its label, or (when it leads to a filtered
 * list) a link whose text starts with it.
 */
export function kpiTile(scope: Page | Locator, label: string) {
  const startsWith = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  return scope.getByRole('group', { name: label, exact: true }).or(scope.getByRole('link', { name: startsWith }));
}

/** The tile's value (its number or "—"), without label and hint. */
export const kpiValue = (scope: Page | Locator, label: string) => kpiTile(scope, label).locator('.kpi-tile__value');

/**
 * Sums the page's layout shifts (without recent input) from its next load on; `layoutShift(page)`
 * reads the sum. CLS target ≤ 0.01 (issue 8).
 */
export async function trackLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
export const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { cls: number }).cls);

export const test = base.extend<{ admin: ReturnType<typeof mockAdmin> }>({
  admin: async ({ request }, use) => {
    const admin = mockAdmin(request);
    await admin.reset();
    await use(admin);
    await admin.clearFaults();
  },
});
export { expect };
