import type { Locator, Page, Request } from '@playwright/test';
import { expect, signIn } from './fixtures';

export const table = (page: Page) => page.getByRole('table', { name: 'Events' });
/** Data rows only (the header row has no link). */
export const rows = (page: Page) => table(page).locator('tbody tr').filter({ has: page.locator('a') });
export const rowById = (page: Page, eid: string) => rows(page).filter({ has: page.locator(`a[href="/events/${eid}"]`) });
export const eidOf = async (row: Locator) => decodeURIComponent((await row.locator('a').first().getAttribute('href'))?.split('/').pop() ?? '');
export const titleOf = async (row: Locator) => ((await row.locator('a').first().textContent()) ?? '').trim();
export const multiSelect = (page: Page, label: string) => page.locator('.multi-select').filter({ has: page.getByText(label, { exact: true }) });
export const notices = (page: Page) => page.getByRole('region', { name: 'Messages' });
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A flag/hide message about `title`: it names the event's date and city after the title, "“Velo” (Wed 2 Dec, Leipzig) hidden.". */
export const said = (title: string, rest: string) => new RegExp(`“${literal(title)}” \\([^)]+\\) ${literal(rest)}`);

/** The writes the page sends (anything but GET), in order. */
export function recordWrites(page: Page) {
  const writes: { method: string; path: string; body: unknown }[] = [];
  page.on('request', (r: Request) => {
    if (r.method() === 'GET' || r.method() === 'OPTIONS') return;
    writes.push({ method: r.method(), path: new URL(r.url()).pathname, body: r.postDataJSON() as unknown });
  });
  return writes;
}

export async function openList(page: Page, query = '') {
  await signIn(page);
  await page.goto(`/events${query}`);
  await expect(rows(page).first()).toBeVisible();
}

/** The first row that is not flagged. */
export async function firstUnflagged(page: Page) {
  const row = rows(page).filter({ has: page.locator('button[aria-pressed="false"]') }).first();
  return { row, eid: await eidOf(row), title: await titleOf(row) };
}
