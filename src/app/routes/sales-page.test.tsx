import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { env } from '@/config/env';
import { formatDateTime } from '@/lib/format';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { allRecords, findRecord, updateEvent } from '../../../mocks/db/events';

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
/** Acme's events the picker can list (active; not hidden, not cancelled by the partner) whose start passes `keep`. */
const listed = (keep: (start: string) => boolean) =>
  allRecords(ACME).filter((r) => r.row.status === 'active' && ['DEFAULT', 'FLAGGED'].includes(r.row.frontend_status) && keep(r.row.start_date_time));

describe('/sales', { timeout: 20_000 }, () => {
  it('choosing an event by keyboard moves the focus to its heading, and "Choose another event" back to the list’s', async () => {
    const user = userEvent.setup();
    renderApp('/sales');
    const picker = await screen.findByRole('region', { name: 'Choose an event' }, { timeout: 5000 });
    const link = (await within(picker).findAllByRole('link'))[0]!;
    const title = findRecord(ACME, new URL(link.getAttribute('href') ?? '', 'http://localhost').searchParams.get('event') ?? '')?.row.title ?? '';
    link.focus();
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 1, name: new RegExp(`^Sales data: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveFocus());
    screen.getByRole('link', { name: 'Choose another event' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Sales data' })).toHaveFocus());
  });

  it('lists upcoming events soonest first, then past ones most recent first; searches through the URL and opens the chosen one', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/sales');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sales data' }, { timeout: 5000 })).toBeInTheDocument();
    // why it lists fewer events than the events list's "Upcoming"
    expect(screen.getByText(/Only active events are listed: hidden, cancelled and archived ones are not\.$/)).toBeInTheDocument();
    const picker = screen.getByRole('region', { name: 'Choose an event' });
    expect(within(picker).getByRole('radio', { name: 'From today on, soonest first' })).toBeChecked();
    const firstShown = async () => (await within(picker).findAllByRole('link'))[0]?.getAttribute('href');
    // the first event listed is the next one from today (2026-11-20) on, not one of weeks ago
    const upcoming = listed((start) => start >= '2026-11-20').sort((a, b) => a.meta.startMs - b.meta.startMs);
    expect(Object.fromEntries(lists[0]?.searchParams ?? [])).toMatchObject({ since: '2026-11-20', sort: 'start_date_time', page: '1', limit: '20' });
    expect(await firstShown()).toContain(`event=${upcoming[0]?.row.id}`);

    await user.click(within(picker).getByRole('radio', { name: 'Up to today, most recent first' }));
    await waitFor(() => expect(lists.at(-1)?.searchParams.get('sort')).toBe('-start_date_time'));
    expect(lists.at(-1)?.searchParams.get('until')).toBe('2026-11-20');
    expect(lists.at(-1)?.searchParams.get('since')).toBeNull();
    const past = listed((start) => start < '2026-11-21').sort((a, b) => b.meta.startMs - a.meta.startMs);
    await waitFor(async () => expect(await firstShown()).toContain(`event=${past[0]?.row.id}`));
    expect(router.state.location.search).toContain('when=past');

    const title = findRecord(ACME, EID)?.row.title ?? '';
    await user.type(within(picker).getByRole('searchbox', { name: 'Search events' }), title);
    await user.click(within(picker).getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe(title));
    // a tour: every date has the same title, and each link's name tells it apart by date and place
    const start = formatDateTime(findRecord(ACME, EID)?.row.start_date_time, env.partnerTimeZone);
    const link = await within(picker).findByRole('link', { name: `${title} ${start} · Hallenstadion, Zürich` }, { timeout: 5000 });
    expect(link.getAttribute('href')).toContain(`event=${EID}`);
    const names = within(picker).getAllByRole('link').map((a) => a.textContent);
    expect(new Set(names).size).toBe(names.length);

    await user.click(link as HTMLElement);
    expect(await screen.findByRole('heading', { level: 1, name: `Sales data: ${title}` })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('event')).toBe(EID);
    expect(await screen.findByRole('region', { name: 'Recorded sales' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Upload a workbook' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Choose another event' }));
    expect(await screen.findByRole('searchbox', { name: 'Search events' })).toHaveValue(title);
  });

  it('leaves out cancelled events, the event itself cancelled or set CANCELLED, and counts and pages only what it lists', async () => {
    const user = userEvent.setup();
    // Anke Wirbel's tour: in Düsseldorf on 2 Jan 2027 frontend_status CANCELLED, in Wien on 7 Jan status cancelled
    const tour = (r: { row: { title: string } }) => r.row.title === 'Anke Wirbel: Nur Spaß';
    const cancelled = allRecords(ACME).filter((r) => tour(r) && r.row.start_date_time >= '2026-11-20' && (r.row.status === 'cancelled' || r.row.frontend_status === 'CANCELLED'));
    expect(cancelled.map((r) => [r.row.city, r.row.status, r.row.frontend_status])).toEqual([
      ['Düsseldorf', 'cancelled', 'CANCELLED'], ['Wien', 'cancelled', 'DEFAULT'],
    ]);
    const upcoming = listed((start) => start >= '2026-11-20');
    const { router } = renderApp('/sales');
    const picker = await screen.findByRole('region', { name: 'Choose an event' }, { timeout: 5000 });
    // the count and the pages are the server's, over the events listed
    expect(await within(picker).findByText(`${upcoming.length} events`)).toBeInTheDocument();
    expect(within(picker).getByText(`Page 1 of ${Math.ceil(upcoming.length / 20)}`)).toBeInTheDocument();

    await user.type(within(picker).getByRole('searchbox', { name: 'Search events' }), 'Anke Wirbel');
    await user.click(within(picker).getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('Anke Wirbel'));
    const expected = upcoming.filter(tour).sort((a, b) => a.meta.startMs - b.meta.startMs).map((r) => r.row.id);
    expect(await within(picker).findByText(`${expected.length} events`)).toBeInTheDocument();
    const links = within(picker).getAllByRole('link', { name: /^Anke Wirbel: Nur Spaß \w{3}, / });
    expect(links.map((a) => new URL(a.getAttribute('href') ?? '', 'http://localhost').searchParams.get('event'))).toEqual(expected);
    expect(within(picker).queryByText(/Stadthalle Wien, Wien$/)).toBeInTheDocument(); // its other Wien dates stay
    for (const r of cancelled) expect(expected).not.toContain(r.row.id);
  });

  it('a cancelled event reached by its address says it is cancelled beside its name', async () => {
    renderApp('/sales?event=evt_0y08b73');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sales data: Anke Wirbel: Nur Spaß' }, { timeout: 5000 });
    const header = heading.parentElement as HTMLElement;
    expect(within(header).getByText('Cancelled')).toHaveClass('badge--cancelled');
    expect(header).toHaveTextContent(/Cancelled .+ · Stadthalle Wien, Wien · amounts in EUR$/);
  });

  it('an event the partner marked cancelled (frontend_status only) carries the badge too', async () => {
    updateEvent(ACME, 'evt_0y08b73', { status: 'active', frontend_status: 'CANCELLED' });
    renderApp('/sales?event=evt_0y08b73');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sales data: Anke Wirbel: Nur Spaß' }, { timeout: 5000 });
    expect(within(heading.parentElement as HTMLElement).getByText('Cancelled')).toHaveClass('badge--cancelled');
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
