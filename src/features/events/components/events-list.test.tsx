import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInAs } from '@/testing/render-app';
import { session } from '@/lib/api';
import { addFault, clearFaults } from '../../../../mocks/scenarios/faults';
import { allRecords } from '../../../../mocks/db/events';
import { pendingStatusStore, statusNotices } from '../lib/status-runtime';

const server = setupMockApi();
const ACME = 'partner-id-acme';

/** Every request the app makes (method, path + query, body). */
function recordRequests() {
  const log: { method: string; url: URL; body: Promise<string> }[] = [];
  const listener = ({ request }: { request: Request }) => {
    log.push({ method: request.method, url: new URL(request.url), body: request.clone().text() });
  };
  server.events.on('request:start', listener);
  return { log, stop: () => server.events.removeListener('request:start', listener) };
}

/** Data rows (skeleton rows have no link); `rowOf` finds one by its title (titles repeat across dates). */
const rows = () => screen.queryAllByRole('row').filter((r) => within(r).queryAllByRole('link').length > 0);
const rowOf = (title: string) => rows().find((r) => within(r).getAllByRole('link')[0]?.textContent === title) as HTMLElement;
const titles = () => rows().map((r) => within(r).getAllByRole('link')[0]?.textContent);

/** Opens a filter's disclosure (its options are hidden while closed); queries within it. */
async function openMultiSelect(label: string) {
  const summary = screen.getByText(label, { selector: '.multi-select > span' }).closest('.multi-select')?.querySelector('summary');
  if (!summary) throw new Error(`no ${label} filter`);
  await userEvent.click(summary);
  return within(summary.parentElement as HTMLElement);
}

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

describe('events list', () => {
  it('reads its filters from the URL and sends them as the contract query', async () => {
    const { log, stop } = recordRequests();
    renderApp('/events?city=Berlin&sort=-capacity');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(rows().every((r) => within(r).queryByText('Berlin'))).toBe(true);
    const list = log.find((r) => r.url.pathname.endsWith('/events/'));
    expect(list?.url.searchParams.getAll('city')).toEqual(['Berlin']);
    expect(list?.url.searchParams.get('sort')).toBe('-capacity');
    expect(list?.url.searchParams.get('since')).toBe('2026-11-20');
    expect(list?.url.searchParams.getAll('frontend_status')).toEqual(['DEFAULT', 'FLAGGED']);
    expect(screen.getByRole('columnheader', { name: 'Capacity' })).toHaveAttribute('aria-sort', 'descending');
    stop();
  });

  it('"Most behind benchmark" ranks by the gap alone: a flagged event keeps its place', async () => {
    const { log, stop } = recordRequests();
    renderApp('/events?sort=benchmark_gap');
    await waitFor(() => expect(rows().length).toBeGreaterThan(1));
    const list = log.find((r) => r.url.pathname.endsWith('/events/'));
    expect(list?.url.searchParams.get('sort')).toBe('benchmark_gap');
    expect(list?.url.searchParams.has('flagged_to_top')).toBe(false);
    const last = titles().at(-1) as string;
    await userEvent.click(within(rowOf(last)).getByRole('button', { name: `Flag ${last}` }));
    expect(await screen.findByText(`“${last}” flagged.`)).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf(last)).getByRole('button', { name: `Flag ${last}` })).toHaveAttribute('aria-pressed', 'true'));
    expect(titles().at(-1)).toBe(last);
    expect(document.querySelector('.events-list__count')).not.toHaveTextContent('pinned');
    stop();
  });

  it("the venue filter offers the chosen cities' venues from the one venues read, with no request per city", async () => {
    // recorded from the start: the one read may be sent before or after the rows arrive
    const { log, stop } = recordRequests();
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    await userEvent.click(await (await openMultiSelect('City')).findByRole('checkbox', { name: 'Hamburg' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Hamburg' })).toBeChecked());
    const venues = (await openMultiSelect('Venue / hall')).getAllByRole('checkbox').map((b) => b.closest('label')?.textContent);
    expect(venues.length).toBeGreaterThan(0);
    expect(venues).toEqual(
      [...new Set(allRecords(ACME).filter((r) => r.row.city === 'Hamburg').map((r) => [r.row.venue_name, r.row.hall_name].filter(Boolean).join(' · ')))]
        .sort((a, b) => a.localeCompare(b)),
    );
    expect(log.filter((r) => r.url.pathname.endsWith('/events/venues'))).toHaveLength(1);
    stop();
  });

  it('a custom range whose "From" is after its "To" marks both days and says what is shown', async () => {
    renderApp('/events?range=custom&since=2027-03-01&until=2027-01-01');
    const from = await screen.findByLabelText('From');
    const to = screen.getByLabelText('To');
    for (const field of [from, to]) {
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription('“From” is after “To”; showing the days in between.');
    }
    expect(screen.queryByText(/until then every date is shown/)).toBeNull();
  });

  it('a custom range with no days yet says that every date is shown', async () => {
    renderApp('/events?range=custom');
    expect(await screen.findByText('Choose a first or last day; until then every date is shown.')).toBeInTheDocument();
  });

  it('cancels the request of a superseded filter', async () => {
    const signals = new Map<string, AbortSignal>();
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const url = new URL(String(input));
      if (url.pathname.endsWith('/events/') && init?.signal) signals.set(url.searchParams.getAll('city').join('+') || 'none', init.signal);
      return realFetch(input, init);
    });
    addFault({ method: 'GET', path: '/api/v3/events/', kind: 'hang', times: 1 });
    const { router } = renderApp('/events?city=Berlin');
    await waitFor(() => expect(signals.get('Berlin')).toBeDefined());
    // The loader starts the read before the page's code is in; change the filter once the page shows.
    await screen.findByRole('heading', { name: 'Events', level: 1 });
    await router.navigate('/events?city=Hamburg');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    // the old read is dropped when the table's query moves to the new key, in an effect that may
    // run just after the new rows are in the DOM (seen under load in CI)
    await waitFor(() => expect(signals.get('Berlin')?.aborted).toBe(true));
    expect(signals.get('Hamburg')?.aborted).toBe(false);
  });

  it('keeps the previous page on screen while the next one loads', async () => {
    const { router } = renderApp('/events?range=all');
    await waitFor(() => expect(rows().length).toBe(50));
    const firstPage = titles();
    addFault({ method: 'GET', path: '/api/v3/events/', kind: 'hang', times: 1 });
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?range=all&page=2'));
    expect(titles()).toEqual(firstPage);
    expect(await screen.findByText(/updating/)).toBeInTheDocument();
    expect(document.querySelector('.events-table-wrap')).toHaveAttribute('aria-busy', 'true');
    expect(titles()).toEqual(firstPage);
  });

  it('says "updating…" only once the next rows take a moment: a quick answer replaces them without a flash', async () => {
    renderApp('/events?range=all');
    await waitFor(() => expect(rows().length).toBe(50));
    const firstPage = titles();
    addFault({ method: 'GET', path: '/api/v3/events/', kind: 'hang', times: 1 });
    const onlyHidden = screen.getByRole('checkbox', { name: 'Only hidden events' });
    await userEvent.click(onlyHidden);
    // the box follows the URL: checked means the page has rendered the new filter
    await waitFor(() => expect(onlyHidden).toBeChecked());
    expect(titles()).toEqual(firstPage);
    expect(screen.queryByText(/updating/)).not.toBeInTheDocument();
    expect(document.querySelector('.events-table-wrap')).toHaveAttribute('aria-busy', 'false');
    expect(await screen.findByText(/updating/)).toBeInTheDocument();
  });

  it('another page: focus moves from the page buttons to the count, which the new page is read from', async () => {
    renderApp('/events?range=all');
    await waitFor(() => expect(rows().length).toBe(50));
    const firstPage = titles();
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(titles()).not.toEqual(firstPage));
    await waitFor(() => expect(document.querySelector('.events-list__count')).toHaveFocus());
    // back to page 1: "Previous" is disabled there, and focus is not lost with it
    await userEvent.click(screen.getByRole('button', { name: /Previous/ }));
    await waitFor(() => expect(titles()).toEqual(firstPage));
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    // focus moves in an effect, which may run just after the rows are in
    await waitFor(() => expect(document.querySelector('.events-list__count')).toHaveFocus());
  });

  it('flags an event: pinned at the top, exactly the two calls in order', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const target = rows().find((r) => within(r).queryByRole('button', { name: /^Flag /, pressed: false }));
    const title = target && within(target).getAllByRole('link')[0]?.textContent;
    expect(title).toBeTruthy();
    const { log, stop } = recordRequests();
    await userEvent.click(within(target as HTMLElement).getByRole('button', { name: `Flag ${title}` }));
    expect(await screen.findByText(`“${title}” flagged.`)).toBeInTheDocument();
    const writes = log.filter((r) => r.method !== 'GET');
    expect(writes.map((w) => `${w.method} ${w.url.pathname}`)).toEqual([
      expect.stringMatching(/^PUT \/api\/v3\/events\/.+\/setup_frontend_status$/),
      expect.stringMatching(/^PUT \/cr-api\/events\/last_updated_on_fe\/.+$/),
    ]);
    expect(JSON.parse(await writes[0]!.body)).toEqual({ frontend_status: 'FLAGGED' });
    expect(JSON.parse(await writes[1]!.body)).toEqual({ status: 'RUNNING' });
    // flagged rows come first, and the new one is among them
    await waitFor(() => {
      const pressed = rows().map((r) => within(r).getByRole('button', { name: /^Flag / }).getAttribute('aria-pressed') === 'true');
      expect(pressed.indexOf(false)).toBe(pressed.lastIndexOf(true) + 1);
      expect(rows().some((r) => r.textContent?.includes(title ?? '') && within(r).queryByRole('button', { name: `Flag ${title}`, pressed: true }))).toBe(true);
    });
    // pressed or not, the button's visible word is part of its name (label in name)
    for (const button of screen.getAllByRole('button', { name: /^Flag / })) {
      expect(button.getAttribute('aria-label')).toContain(button.textContent?.replace(/[⚑⚐]/g, '').trim());
    }
    // the order is said where the count is read
    expect(document.querySelector('.events-list__count')).toHaveTextContent(/^\d[\d,]* events? · flagged events pinned first$/);
    stop();
    // taken back from the message
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(`“${title}” unflagged.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Flag ${title}` })).toHaveAttribute('aria-pressed', 'false');
  });

  it('step 2 refused: the row says "not synced" until Retry succeeds', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const title = titles()[3] ?? '';
    addFault({ method: 'PUT', path: '/cr-api/events/last_updated_on_fe/*', status: 400, times: 1 });
    await userEvent.click(within(rowOf(title)).getByRole('button', { name: `Hide ${title}` }));
    expect(await screen.findByText(/is hidden, but the change is not synced yet/)).toBeInTheDocument();
    expect(pendingStatusStore.all()).toHaveLength(1);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Only hidden events' }));
    const row = await screen.findByText('Not synced').then((badge) => badge.closest('tr') as HTMLElement);
    expect(within(row).getByRole('link', { name: title })).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: `Retry sync for ${title}` }));
    await waitFor(() => expect(within(row).queryByText('Not synced')).not.toBeInTheDocument());
    expect(pendingStatusStore.all()).toEqual([]);
  });

  it('step 1 failing rolls back and says so', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const title = titles()[2] ?? '';
    addFault({ method: 'PUT', path: '/api/v3/events/*/setup_frontend_status', status: 403 });
    await userEvent.click(within(rowOf(title)).getByRole('button', { name: `Hide ${title}` }));
    expect(await screen.findByText(/Could not hide .* Nothing was changed\./)).toBeInTheDocument();
    expect(titles()).toContain(title);
    expect(pendingStatusStore.all()).toEqual([]);
  });

  it('flag and hide buttons say which date they act on (titles repeat across dates)', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const repeated = titles().find((t, i, all) => all.indexOf(t) !== i) as string;
    expect(repeated).toBeTruthy();
    const sameTitle = rows().filter((r) => within(r).getAllByRole('link')[0]?.textContent === repeated);
    const descriptions = sameTitle.map((r) => {
      const date = r.querySelector('time')?.textContent ?? '';
      expect(within(r).getByRole('button', { name: `Hide ${repeated}` })).toHaveAccessibleDescription(date);
      expect(within(r).getByRole('button', { name: `Flag ${repeated}` })).toHaveAccessibleDescription(date);
      return date;
    });
    expect(new Set(descriptions).size).toBe(sameTitle.length);
  });

  it('Export CSV waits for the list and has nothing to export for an empty one', async () => {
    renderApp('/events?q=zzzz-no-such-event');
    expect(await screen.findByText('No events match these filters.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Export CSV/ })).toBeDisabled();
    cleanup();
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(screen.getByRole('button', { name: /Export CSV/ })).toBeEnabled();
  });

  it('a cancelled event says so in its row', async () => {
    const cancelled = allRecords(ACME).map((r) => r.row).find((e) => e.status === 'cancelled' && e.start_date_time > '2026-11-21' && e.frontend_status !== 'HIDDEN');
    if (!cancelled) throw new Error('the mock has no upcoming cancelled event');
    renderApp(`/events?status=cancelled`);
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(rows().every((r) => within(r).queryByText('Cancelled'))).toBe(true);
    cleanup();
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(rows().filter((r) => within(r).queryByText('Cancelled')).length).toBeLessThan(rows().length);
  });

  it('hide removes the row and Undo brings it back', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const title = titles()[4] ?? '';
    const before = titles().filter((t) => t === title).length;
    await userEvent.click(within(rowOf(title)).getByRole('button', { name: `Hide ${title}` }));
    await waitFor(() => expect(titles().filter((t) => t === title)).toHaveLength(before - 1));
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(`“${title}” shown again.`)).toBeInTheDocument();
    await waitFor(() => expect(titles().filter((t) => t === title)).toHaveLength(before));
  });

  it('by keyboard: Undo of a hide puts focus back on the row\'s Hide button, not on the next Undo', async () => {
    // a server answers in some milliseconds, not at once: the row has left before its message comes
    server.use(http.put('*/setup_frontend_status', () => delay(30)));
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const title = titles()[3] ?? '';
    within(rowOf(title)).getByRole('button', { name: `Hide ${title}` }).focus();
    await userEvent.keyboard('{Enter}');
    // the row is gone; its message's Undo takes the focus
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText(`“${title}” shown again.`)).toBeInTheDocument();
    // focus is back on the row's Hide button, so a second Enter does not hide it again
    await waitFor(() => expect(screen.getAllByRole('button', { name: `Hide ${title}` })).toContainEqual(document.activeElement));
    expect(screen.getByRole('button', { name: 'Undo' })).not.toHaveFocus();
  });

  it('typing a search is one history entry: Back returns to the list before the search', async () => {
    const { router } = renderApp('/events?city=Berlin');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0), { timeout: 8000 });
    const box = screen.getByLabelText('Search events');
    await userEvent.type(box, 'ber');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('ber'), { timeout: 8000 });
    await userEvent.type(box, 'lin');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('berlin'), { timeout: 8000 });
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?city=Berlin'), { timeout: 8000 });
  });

  it('says in words what the demand figures are: a forecast against similar events, not sales to date', async () => {
    renderApp('/events');
    expect(await screen.findByText(/the share of capacity each event is predicted to sell, against similar events/)).toBeInTheDocument();
  });

  it('a running campaign whose delivery Wave paused says "Delivery paused" under its status', async () => {
    const upcoming = allRecords(ACME).map((r) => r.row).filter((e) => e.start_date_time > '2026-11-21' && e.frontend_status === 'DEFAULT');
    const paused = upcoming.find((e) => e.campaign_status === 'RUNNING' && e.client_campaign_status === 'PAUSED');
    const delivering = upcoming.find((e) => e.campaign_status === 'RUNNING' && e.client_campaign_status === 'RUNNING');
    if (!paused || !delivering) throw new Error('the mock has no running event with paused (and one with delivering) ads');
    const rowWith = (title: string) => waitFor(() => {
      const row = rows().find((r) => r.textContent?.includes(title));
      if (!row) throw new Error(`no row for ${title}`);
      return row;
    });
    renderApp(`/events?q=${encodeURIComponent(paused.title)}`);
    const row = await rowWith(paused.title);
    expect(within(row).getByText('Running')).toBeInTheDocument();
    expect(within(row).getByText('Delivery paused')).toBeInTheDocument();
    cleanup();
    renderApp(`/events?q=${encodeURIComponent(delivering.title)}`);
    const other = await rowWith(delivering.title);
    expect(within(other).getByText('Running')).toBeInTheDocument();
    expect(within(other).queryByText('Delivery paused')).toBeNull();
  });

  it('on a phone, "Show N events" folds the filters away and returns focus to their toggle', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const toggle = screen.getByRole('button', { name: /^More filters/ });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const total = document.querySelector('.events-list__count strong')?.textContent ?? '';
    await userEvent.click(screen.getByRole('button', { name: `Show ${total} events` }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('shows an empty state with a way out', async () => {
    const { router } = renderApp('/events?q=nothing-matches-this');
    await userEvent.click(await screen.findByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  });

  it('a failing list shows an error panel with retry, the filters stay usable', async () => {
    addFault({ method: 'GET', path: '/api/v3/events/', status: 404 });
    renderApp('/events');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the events');
    expect(screen.getByLabelText('Search events')).toBeEnabled();
    clearFaults();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  });
});
