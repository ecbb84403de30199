import { test, expect, signIn, expectNoAxeViolations, kpiTile as tile, layoutShift, trackLayoutShifts } from './fixtures';

test('overview: portfolio, flagged, next 14 days and campaign figures; tiles lead to the filtered list', async ({ page, admin: _admin }) => {
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(tile(page, 'Ticket revenue')).toContainText('€');
  await expect(tile(page, 'ROAS')).toContainText('×');
  await expect(page.getByRole('heading', { name: /Flagged/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Events in the next 14 days' }).locator('tbody tr').first()).toBeVisible();
  await expect(tile(page, 'Ignored')).toBeVisible();
  await expectNoAxeViolations(page);

  // the counts by campaign status are the Campaigns block's tiles, each opening its list
  const running = page.getByRole('link', { name: /^Running [\d.,\s]+$/ });
  const count = Number((await running.textContent())?.replace(/\D/g, ''));
  await running.click();
  await expect(page).toHaveURL(/\/campaigns\?campaign_status=RUNNING&range=all$/);
  await expect(page.locator('.events-list__count strong')).toHaveText(String(count));
});

test('overview of an empty account: no portfolio figures yet, no flagged panel, a clear empty message', async ({ page, admin }) => {
  await admin.reset({ scenario: 'empty' });
  await signIn(page);
  await expect(page.getByText('No portfolio figures yet.')).toBeVisible();
  await expect(tile(page, 'Ignored')).toContainText('—');
  await expect(page.getByText('No events in the next 14 days.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Flagged/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a failing panel keeps the rest of the overview and retries on its own', async ({ page, admin }) => {
  await admin.fault({ method: 'GET', path: '/api/v3/campaigns/statistics', status: 403, times: 1 });
  await signIn(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the campaign figures' });
  await expect(alert).toBeVisible();
  await expect(tile(page, 'Ticket revenue')).toContainText('€');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(tile(page, 'Ignored')).toBeVisible();
});

// Each panel renders when its own answer arrives; whichever comes first, nothing already on screen
// may move (CLS target ≤ 0.01). The answers are held and released in a chosen order. Bravo has
// fewer events than the 8 rows the next 14 days hold while loading: their table shrinks when they
// come, and the flagged card below must not be on screen yet to move up.
const ORDERS = [
  ['/events/flagged/', '/events/', '/campaigns/statistics', '/events/statistics'],
  ['/events/statistics', '/campaigns/statistics', '/events/', '/events/flagged/'],
  ['/events/', '/events/flagged/', '/events/statistics', '/campaigns/statistics'],
];
for (const [partner, width, height] of [['Acme Concerts', 1366, 900], ['Acme Concerts', 412, 823], ['Bravo Sports', 1366, 900]] as const) {
  test(`overview of ${partner} at ${width} px: no layout shift while the panels load, in any order`, async ({ page, admin: _admin }) => {
    await page.setViewportSize({ width, height });
    await signIn(page, { partner });
    await expect(page.getByRole('heading', { name: /Flagged/ })).toBeVisible();
    await trackLayoutShifts(page);
    for (const order of ORDERS) {
      const released = new Set<number>();
      const waiting: { rank: number; release: () => void }[] = [];
      await page.route('**/api/v3/**', async (route) => {
        const rank = order.indexOf(new URL(route.request().url()).pathname.replace('/api/v3', ''));
        if (rank >= 0 && !released.has(rank)) await new Promise<void>((release) => waiting.push({ rank, release }));
        await route.continue();
      });
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
      for (let rank = 0; rank < order.length; rank++) {
        await expect.poll(() => waiting.some((w) => w.rank === rank)).toBe(true);
        released.add(rank);
        for (const w of waiting) if (w.rank === rank) w.release();
        await page.waitForTimeout(150);
      }
      await expect(page.getByRole('heading', { name: /Flagged/ })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Events in the next 14 days' }).locator('tbody tr').first()).toBeVisible();
      expect(await layoutShift(page), `order ${order.join(' → ')}`).toBeLessThanOrEqual(0.01);
      await page.unroute('**/api/v3/**');
    }
  });
}

// The room kept for 8 rows and 5 flagged events is for loading only (issue 8 of QA h57): a partner
// with few events sees them without an empty box below, and a flagged list without gaps.
test('overview at 1366 px: with few events the next 14 days and the flagged list take the height of what they show', async ({ page, admin: _admin }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const upcoming = page.getByRole('table', { name: 'Events in the next 14 days' });
  const flagged = page.getByRole('list', { name: 'Next flagged events' });
  /** Rows and the height of the table's box; how far the box and the flagged list reach below their last row or item. */
  const measure = async () => {
    await expect(upcoming.locator('tbody tr a').first()).toBeVisible();
    await expect(flagged.getByRole('listitem').first()).toBeVisible();
    const box = await upcoming.evaluate((table) => {
      const wrap = table.parentElement!.getBoundingClientRect();
      return { rows: table.querySelectorAll('tbody tr').length, height: wrap.height, below: wrap.bottom - table.getBoundingClientRect().bottom };
    });
    const list = await flagged.evaluate((ul) => ({
      items: ul.children.length,
      below: ul.getBoundingClientRect().bottom - ul.lastElementChild!.getBoundingClientRect().bottom,
      gaps: [...ul.children].slice(1).map((li, i) => li.getBoundingClientRect().top - ul.children[i]!.getBoundingClientRect().bottom),
    }));
    return { box, list };
  };

  await signIn(page, { partner: 'Bravo Sports' });
  await expect(page.getByRole('button', { name: /^Partner: / })).toHaveText(/Bravo Sports/);
  const bravo = await measure();
  expect(bravo.box.rows).toBeLessThan(8);
  // the box ends with its last row (its border and a scrollbar's room at most), no empty space for 8
  expect(bravo.box.below).toBeLessThanOrEqual(6);
  expect(bravo.list.items).toBeLessThan(5);
  expect(bravo.list.below).toBeLessThanOrEqual(1);
  for (const gap of bravo.list.gaps) expect(gap).toBeLessThanOrEqual(10); // .stack's 0.5rem

  await page.getByRole('button', { name: /^Partner: / }).click();
  await page.getByRole('button', { name: 'Acme Concerts' }).click();
  await expect(page.getByRole('button', { name: /^Partner: / })).toHaveText(/Acme Concerts/);
  await expect(upcoming.locator('tbody tr a').first()).toBeVisible();
  const acme = await measure();
  expect(acme.box.rows).toBeGreaterThan(bravo.box.rows + 2);
  expect(acme.box.below).toBeLessThanOrEqual(6);
  // more rows take more room than a few: the box follows its rows
  expect(bravo.box.height).toBeLessThan(acme.box.height - (acme.box.rows - bravo.box.rows) * 40);
});
