import { afterEach, beforeEach, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { session } from '@/lib/api';
import { pendingStatusStore, statusNotices } from '@/features/events/lib/status-runtime';
import { setupMockApi } from './msw';
import { signInAs } from './render-app';

/** Data rows (skeleton rows have no link); `rowOf` finds one by its title (titles repeat across dates). */
export const rows = () => screen.queryAllByRole('row').filter((r) => within(r).queryAllByRole('link').length > 0);
export const rowOf = (title: string) => rows().find((r) => within(r).getAllByRole('link')[0]?.textContent === title) as HTMLElement;
export const titles = () => rows().map((r) => within(r).getAllByRole('link')[0]?.textContent);

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A flag/hide message about the event titled `title`, which names its date and city after the
 * title: `said('Velo', 'hidden.')` matches "“Velo” (Wed, Dec 2, Leipzig) hidden.".
 */
export const said = (title: string, rest: string) => new RegExp(`^“${literal(title)}” \\([^)]+\\) ${literal(rest)}$`);

/** Opens a filter's disclosure (its options are hidden while closed); queries within it. */
export async function openMultiSelect(label: string) {
  const summary = screen.getByText(label, { selector: '.multi-select > span' }).closest('.multi-select')?.querySelector('summary');
  if (!summary) throw new Error(`no ${label} filter`);
  await userEvent.click(summary);
  return within(summary.parentElement as HTMLElement);
}

/**
 * The events list tests' shared setup: the mock API, the clock on 2026-11-20, a signed-in user,
 * no owed flag/hide steps or messages left from another test; `recordRequests` logs every
 * request the app makes from when it is called (method, URL, body, the partner it is made as).
 */
export function eventsListSetup() {
  const server = setupMockApi();
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T09:00:00Z'));
    pendingStatusStore.reload();
    await signInAs();
  });
  afterEach(() => {
    session.signOut();
    statusNotices.clear();
    vi.useRealTimers();
  });
  function recordRequests() {
    const log: { method: string; url: URL; body: Promise<string>; partner: string | null }[] = [];
    const listener = ({ request }: { request: Request }) => {
      log.push({ method: request.method, url: new URL(request.url), body: request.clone().text(), partner: request.headers.get('X-Preferred-Partner-Id') });
    };
    server.events.on('request:start', listener);
    return { log, stop: () => server.events.removeListener('request:start', listener) };
  }
  return { server, recordRequests };
}
