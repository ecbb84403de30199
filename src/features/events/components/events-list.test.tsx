import { describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { eventsListSetup, openMultiSelect, rows, titles } from '@/testing/events-list-page';
import { renderApp } from '@/testing/render-app';
import { addFault, clearFaults } from '../../../../mocks/scenarios/faults';
import { allRecords } from '../../../../mocks/db/events';

const { recordRequests } = eventsListSetup();
const ACME = 'partner-id-acme';

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
    expect(list?.url.searchParams.getAll('frontend_status')).toEqual(['DEFAULT', 'FLAGGED', 'CANCELLED']);
    expect(screen.getByRole('columnheader', { name: 'Capacity' })).toHaveAttribute('aria-sort', 'descending');
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

  it('a failed venues read says so in the city and venue fields themselves, and Try again loads them', async () => {
    // in place, not as a line of its own: an error that grew the filter bar moved the table (CLS 0.076)
    addFault({ method: 'GET', path: '/api/v3/events/venues', status: 403, times: 1 });
    renderApp('/events');
    const city = await screen.findByRole('button', { name: 'City could not be loaded' });
    expect(city).toBeDisabled();
    expect(screen.queryByText(/Could not load venues/)).toBeNull();
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(retry).toHaveAccessibleDescription('Cities and venues could not be loaded.');
    await userEvent.click(retry);
    expect(await (await openMultiSelect('City')).findByRole('checkbox', { name: 'Hamburg' })).toBeInTheDocument();
  });

  it('a failed venues read keeps a city chosen by a link listed and removable', async () => {
    addFault({ method: 'GET', path: '/api/v3/events/venues', status: 403, times: 1 });
    const { router } = renderApp('/events?city=Berlin');
    await screen.findByRole('button', { name: 'Try again' });
    await userEvent.click(await (await openMultiSelect('City')).findByRole('checkbox', { name: 'Berlin' }));
    await waitFor(() => expect(router.state.location.search).not.toContain('city='));
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
    const { router, queryClient } = renderApp('/events?city=Berlin');
    await waitFor(() => expect(signals.get('Berlin')).toBeDefined());
    // The loader starts the read before the page's code is in; change the filter once the table
    // observes that read (only an observed read is cancelled when its observer moves on)
    await screen.findByRole('heading', { name: 'Events', level: 1 });
    await waitFor(() => expect(queryClient.getQueryCache().findAll({ queryKey: ['events', 'list'] }).some((q) => q.getObserversCount() > 0 && q.state.fetchStatus === 'fetching')).toBe(true));
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
    expect(document.querySelector('.events-table-wrap')).toHaveClass('stale-data');
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
    expect(document.querySelector('.events-table-wrap')).not.toHaveClass('stale-data');
    expect(await screen.findByText(/updating/)).toBeInTheDocument();
    expect(document.querySelector('.events-table-wrap')).toHaveClass('stale-data');
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

  it('Export CSV waits for the list and has nothing to export for an empty one', async () => {
    renderApp('/events?q=zzzz-no-such-event');
    expect(await screen.findByText('No events match these filters.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Export CSV/ })).toBeDisabled();
    cleanup();
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(screen.getByRole('button', { name: /Export CSV/ })).toBeEnabled();
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

  it('"Most behind benchmark" over past days says it ranks by the forecast (past rows show their result); over upcoming days it needs no note', async () => {
    renderApp('/events?range=all&sort=benchmark_gap');
    const sort = await screen.findByRole('combobox', { name: 'Sort by' });
    expect(within(sort).getByRole('option', { selected: true })).toHaveTextContent('Most behind benchmark (by forecast)');
    expect(await screen.findByText(/“Most behind benchmark” ranks every event by its forecast\./)).toBeInTheDocument();
    cleanup();
    renderApp('/events?range=upcoming&sort=benchmark_gap');
    const upcomingSort = await screen.findByRole('combobox', { name: 'Sort by' });
    expect(within(upcomingSort).getByRole('option', { selected: true })).toHaveTextContent(/^Most behind benchmark$/);
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(screen.queryByText(/ranks every event by its forecast/)).toBeNull();
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

describe('events list: paging while the next list loads', () => {
  it('the pager of the previous list refuses: Next cannot land on its page + 1 under the new filter', async () => {
    const { router } = renderApp('/events?range=all&page=3');
    await waitFor(() => expect(rows().length).toBe(50), { timeout: 8000 });
    expect(screen.getByText(/Page 3 of/)).toBeInTheDocument();
    addFault({ method: 'GET', path: '/api/v3/events/', kind: 'hang', times: 1 });
    const onlyCampaigns = screen.getByRole('checkbox', { name: 'Only with campaigns' });
    await userEvent.click(onlyCampaigns);
    await waitFor(() => expect(onlyCampaigns).toBeChecked());
    expect(new URLSearchParams(router.state.location.search).get('page')).toBeNull(); // a filter change → page 1
    const next = screen.getByRole('button', { name: /Next/ });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(next);
    expect(new URLSearchParams(router.state.location.search).get('page')).toBeNull();
    clearFaults();
  });
});
