import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { findRecord } from '../../../mocks/db/events';

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

describe('/sales', { timeout: 20_000 }, () => {
  it('lists recent and upcoming events, searches through the URL, and opens the tools for the chosen one', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/sales');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sales data' }, { timeout: 5000 })).toBeInTheDocument();
    const picker = screen.getByRole('region', { name: 'Choose an event' });
    await within(picker).findAllByRole('listitem');
    expect(Object.fromEntries(lists[0]?.searchParams ?? [])).toMatchObject({ since: '2026-09-21', sort: 'start_date_time', page: '1', limit: '20' });

    const title = findRecord(ACME, EID)?.row.title ?? '';
    await user.type(within(picker).getByRole('searchbox', { name: 'Search events' }), title);
    await user.click(within(picker).getByRole('checkbox', { name: 'Include older events' }));
    await user.click(within(picker).getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe(title));
    expect(router.state.location.search).toContain('past=1');
    // a tour: every date has the same title, told apart by date and place
    const links = await within(picker).findAllByRole('link', { name: title }, { timeout: 5000 });
    const link = links.find((a) => a.getAttribute('href')?.includes(`event=${EID}`));
    expect(link?.closest('li')).toHaveTextContent(/Hallenstadion, Zürich/);
    expect(lists.at(-1)?.searchParams.get('since')).toBeNull();

    await user.click(link as HTMLElement);
    expect(await screen.findByRole('heading', { level: 1, name: `Sales data: ${title}` })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('event')).toBe(EID);
    expect(await screen.findByRole('region', { name: 'Recorded sales' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Upload a workbook' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Choose another event' }));
    expect(await screen.findByRole('searchbox', { name: 'Search events' })).toHaveValue(title);
  });

  it('says so when nothing matches, with the way to widen the search', async () => {
    renderApp('/sales?q=zzzz-no-such-event');
    expect(await screen.findByText('No events found for “zzzz-no-such-event”.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Choose an event' })).getByText(/tick “Include older events” to search them too/)).toBeInTheDocument();
  });
});
