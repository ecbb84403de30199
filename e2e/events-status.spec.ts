import { test, expect } from './fixtures';
import { firstUnflagged, notices, openList, recordWrites, rowById, rows, said } from './events-page';

test('flag: pinned at the top, exactly the two calls in order with the right bodies', async ({ page, admin: _admin }) => {
  await openList(page);
  const { row, eid, title } = await firstUnflagged(page);
  const writes = recordWrites(page);
  await row.getByRole('button', { name: `Flag ${title}` }).click();
  await expect(notices(page)).toContainText(said(title, 'flagged.'));
  expect(writes).toEqual([
    { method: 'PUT', path: `/api/v3/events/${eid}/setup_frontend_status`, body: { frontend_status: 'FLAGGED' } },
    { method: 'PUT', path: `/cr-api/events/last_updated_on_fe/${eid}`, body: { status: 'RUNNING' } },
  ]);
  const flagged = rowById(page, eid);
  await expect(flagged.getByRole('button', { name: `Flag ${title}` })).toHaveAttribute('aria-pressed', 'true');
  // rows keep their order while the pointer is over the table; once it leaves, the row is among
  // the pinned ones: no unflagged row comes before it
  await page.mouse.move(1, 1);
  await expect.poll(async () => {
    const pressed = await rows(page).locator('button[aria-pressed]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-pressed')));
    const ids = await rows(page).locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    return ids.indexOf(`/events/${eid}`) < pressed.indexOf('false');
  }).toBe(true);
  await page.reload();
  await expect(rowById(page, eid).getByRole('button', { name: `Flag ${title}` })).toHaveAttribute('aria-pressed', 'true');
});

test('CR step failing: "not synced" after the client’s retries; a reload without the fault syncs it', async ({ page, admin }) => {
  await openList(page);
  const { row, eid, title } = await firstUnflagged(page);
  await admin.fault({ method: 'PUT', path: '/cr-api/events/last_updated_on_fe/*', status: 503 });
  const writes = recordWrites(page);
  await row.getByRole('button', { name: `Flag ${title}` }).click();
  const pinned = rowById(page, eid);
  await expect(pinned.getByText('Not synced')).toBeVisible({ timeout: 20_000 });
  await expect(notices(page)).toContainText('not synced yet');
  // step 1 once; step 2 retried by the API client (5 attempts with backoff), not more
  expect(writes.filter((w) => w.path.endsWith('/setup_frontend_status'))).toHaveLength(1);
  expect(writes.filter((w) => w.path.startsWith('/cr-api/'))).toHaveLength(5);
  expect(await page.evaluate(() => localStorage.getItem('fd.pending-frontend-status'))).toContain(eid);

  await admin.clearFaults();
  await page.reload();
  await expect(rowById(page, eid).getByRole('button', { name: `Flag ${title}` })).toHaveAttribute('aria-pressed', 'true');
  await expect(rowById(page, eid).getByText('Not synced')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('fd.pending-frontend-status'))).toBeNull();
  expect(writes.filter((w) => w.path === `/cr-api/events/last_updated_on_fe/${eid}`)).toHaveLength(6);
});

test('hide: the row leaves, shows under "Only hidden events", Undo restores it', async ({ page, admin: _admin }) => {
  await openList(page);
  const { row, eid, title } = await firstUnflagged(page);
  await row.getByRole('button', { name: `Hide ${title}` }).click();
  await expect(rowById(page, eid)).toHaveCount(0);
  await expect(notices(page)).toContainText(said(title, 'hidden.'));

  await page.getByRole('checkbox', { name: 'Only hidden events' }).click();
  await expect(page).toHaveURL(/hidden=1/);
  await expect(rowById(page, eid).getByRole('button', { name: `Unhide ${title}` })).toBeVisible();

  await notices(page).getByRole('button', { name: 'Undo' }).click();
  await expect(rowById(page, eid)).toHaveCount(0);
  await expect(notices(page)).toContainText(said(title, 'shown again.'));
  await page.getByRole('checkbox', { name: 'Only hidden events' }).click();
  await expect(page).not.toHaveURL(/hidden=1/);
  await expect(rowById(page, eid)).toHaveCount(1);
});


test('keyboard only: reach a flag button with Tab and flag with Enter', async ({ page, admin: _admin }) => {
  await openList(page);
  const { eid, title } = await firstUnflagged(page);
  await page.locator('body').focus();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    if (label === `Flag ${title}`) break;
  }
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', `Flag ${title}`);
  await page.keyboard.press('Enter');
  await expect(notices(page)).toContainText(said(title, 'flagged.'));
  await expect(rowById(page, eid).getByRole('button', { name: `Flag ${title}` })).toHaveAttribute('aria-pressed', 'true');
  // the row keeps its place while the keyboard is in the list: the focused button stays in view
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', `Flag ${title}`);
  await expect(page.locator(':focus')).toBeInViewport();
});
