import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { allRecords, findRecord } from '../../../mocks/db/events';

const server = setupMockApi();
const ACME = 'partner-id-acme';
const EID = 'evt_1myr47h';

const lists: URL[] = [];
beforeEach(() => {
  lists.length = 0;
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/events/')) lists.push(url);
  });
});
afterEach(() => server.events.removeAllListeners());
signInEachTest({ partnerId: ACME, now: new Date('2026-11-20T09:00:00Z') });
/** Acme's events the picker can list (not hidden, not archived) whose start passes `keep`. */
const listed = (keep: (start: string) => boolean) =>
  allRecords(ACME).filter((r) => r.row.frontend_status !== 'HIDDEN' && r.row.status !== 'archived' && keep(r.row.start_date_time));

describe('/sales', { timeout: 20_000 }, () => {
  it('lists upcoming events soonest first, then past ones most recent first; searches through the URL and opens the chosen one', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/sales');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sales data' }, { timeout: 5000 })).toBeInTheDocument();
    // why it lists fewer events than the events list's "Upcoming"
    expect(screen.getByText(/Hidden and cancelled events are not listed\.$/)).toBeInTheDocument();
    const picker = screen.getByRole('region', { name: 'Choose an event' });
    expect(within(picker).getByRole('radio', { name: 'Upcoming, soonest first' })).toBeChecked();
    const firstShown = async () => (await within(picker).findAllByRole('link'))[0]?.getAttribute('href');
    // the first event listed is the next one from today (2026-11-20) on, not one of weeks ago
    const upcoming = listed((start) => start >= '2026-11-20').sort((a, b) => a.meta.startMs - b.meta.startMs);
    expect(Object.fromEntries(lists[0]?.searchParams ?? [])).toMatchObject({ since: '2026-11-20', sort: 'start_date_time', page: '1', limit: '20' });
    expect(await firstShown()).toContain(`event=${upcoming[0]?.row.id}`);

    await user.click(within(picker).getByRole('radio', { name: 'Past, most recent first' }));
    await waitFor(() => expect(lists.at(-1)?.searchParams.get('sort')).toBe('-start_date_time'));
    expect(lists.at(-1)?.searchParams.get('until')).toBe('2026-11-19');
    expect(lists.at(-1)?.searchParams.get('since')).toBeNull();
    const past = listed((start) => start < '2026-11-20').sort((a, b) => b.meta.startMs - a.meta.startMs);
    await waitFor(async () => expect(await firstShown()).toContain(`event=${past[0]?.row.id}`));
    expect(router.state.location.search).toContain('when=past');

    const title = findRecord(ACME, EID)?.row.title ?? '';
    await user.type(within(picker).getByRole('searchbox', { name: 'Search events' }), title);
    await user.click(within(picker).getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe(title));
    // a tour: every date has the same title, told apart by date and place
    const links = await within(picker).findAllByRole('link', { name: title }, { timeout: 5000 });
    const link = links.find((a) => a.getAttribute('href')?.includes(`event=${EID}`));
    expect(link?.closest('li')).toHaveTextContent(/Hallenstadion, Zürich/);

    await user.click(link as HTMLElement);
    expect(await screen.findByRole('heading', { level: 1, name: `Sales data: ${title}` })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('event')).toBe(EID);
    expect(await screen.findByRole('region', { name: 'Recorded sales' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Upload a workbook' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Choose another event' }));
    expect(await screen.findByRole('searchbox', { name: 'Search events' })).toHaveValue(title);
  });

  it('says so when nothing matches, with the way to the other events', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/sales?q=zzzz-no-such-event');
    expect(await screen.findByText('No upcoming events found for “zzzz-no-such-event”.', {}, { timeout: 5000 })).toBeInTheDocument();
    await user.click(within(screen.getByRole('region', { name: 'Choose an event' })).getByRole('button', { name: 'Show past events' }));
    expect(await screen.findByText('No past events found for “zzzz-no-such-event”.')).toBeInTheDocument();
    expect(router.state.location.search).toContain('when=past');
  });

  it('a page past the end (a bookmark from when there were more events) says so and leads back to the first page', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/sales?page=999');
    expect(await screen.findByText('This page is past the end of the list.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText(/No upcoming events found/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to the first page' }));
    expect((await screen.findAllByRole('link', { name: /.+/ })).length).toBeGreaterThan(0);
    await waitFor(() => expect(router.state.location.search).not.toContain('page=999'));
  });

  it('paging to the last page moves the keyboard to the count above the list, not to the page', async () => {
    const user = userEvent.setup();
    const pages = Math.ceil(listed((start) => start >= '2026-11-20').length / 20);
    renderApp(`/sales?page=${pages - 1}`);
    const picker = await screen.findByRole('region', { name: 'Choose an event' }, { timeout: 5000 });
    await user.click(await within(picker).findByRole('button', { name: 'Next' }));
    expect(await within(picker).findByText(`Page ${pages} of ${pages}`)).toBeInTheDocument();
    expect(within(picker).getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(within(picker).getByText(/^\d+ events$/)).toHaveFocus();
  });
});
