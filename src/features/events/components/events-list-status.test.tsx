import { describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { eventsListSetup, rowOf, rows, said, titles } from '@/testing/events-list-page';
import { renderApp } from '@/testing/render-app';
import { addFault } from '../../../../mocks/scenarios/faults';
import { allRecords } from '../../../../mocks/db/events';
import { pendingStatusStore } from '../lib/status-runtime';

const { server, recordRequests } = eventsListSetup();
const ACME = 'partner-id-acme';

describe('events list: flag and hide', () => {
  it('"Most behind benchmark" ranks by the gap alone: a flagged event keeps its place', async () => {
    const { log, stop } = recordRequests();
    renderApp('/events?sort=benchmark_gap');
    await waitFor(() => expect(rows().length).toBeGreaterThan(1));
    const list = log.find((r) => r.url.pathname.endsWith('/events/'));
    expect(list?.url.searchParams.get('sort')).toBe('benchmark_gap');
    expect(list?.url.searchParams.has('flagged_to_top')).toBe(false);
    const last = titles().at(-1) as string;
    await userEvent.click(within(rowOf(last)).getByRole('button', { name: `Flag ${last}` }));
    expect(await screen.findByText(said(last, 'flagged.'))).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf(last)).getByRole('button', { name: `Flag ${last}` })).toHaveAttribute('aria-pressed', 'true'));
    expect(titles().at(-1)).toBe(last);
    expect(document.querySelector('.events-list__count')).not.toHaveTextContent('pinned');
    stop();
  });

  it('flags an event: pinned at the top, exactly the two calls in order', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const target = rows().find((r) => within(r).queryByRole('button', { name: /^Flag /, pressed: false }));
    const title = target && within(target).getAllByRole('link')[0]?.textContent;
    expect(title).toBeTruthy();
    const { log, stop } = recordRequests();
    await userEvent.click(within(target as HTMLElement).getByRole('button', { name: `Flag ${title}` }));
    expect(await screen.findByText(said(title!, 'flagged.'))).toBeInTheDocument();
    const writes = log.filter((r) => r.method !== 'GET');
    expect(writes.map((w) => `${w.method} ${w.url.pathname}`)).toEqual([
      expect.stringMatching(/^PUT \/api\/v3\/events\/.+\/setup_frontend_status$/),
      expect.stringMatching(/^PUT \/cr-api\/events\/last_updated_on_fe\/.+$/),
    ]);
    expect(JSON.parse(await writes[0]!.body)).toEqual({ frontend_status: 'FLAGGED' });
    expect(writes.map((w) => w.partner)).toEqual([ACME, ACME]);
    expect(JSON.parse(await writes[1]!.body)).toEqual({ status: 'RUNNING' });
    // flagged rows come first, and the new one is among them
    await waitFor(() => {
      // rows of events the system cancelled have no Flag button
      const pressed = rows().flatMap((r) => within(r).queryAllByRole('button', { name: /^Flag / })).map((b) => b.getAttribute('aria-pressed') === 'true');
      expect(pressed.indexOf(false)).toBe(pressed.lastIndexOf(true) + 1);
      expect(rows().some((r) => r.textContent?.includes(title ?? '') && within(r).queryByRole('button', { name: `Flag ${title}`, pressed: true }))).toBe(true);
    });
    // pressed or not, the button's visible word is part of its name (label in name)
    for (const button of screen.getAllByRole('button', { name: /^Flag / })) {
      expect(button.getAttribute('aria-label')).toContain(button.textContent?.replace(/[⚑⚐]/g, '').trim());
    }
    // the order is said where the count is read (once the pointer has left the rows)
    await userEvent.unhover(screen.getByRole('table', { name: /events/i }));
    expect(document.querySelector('.events-list__count')).toHaveTextContent(/^\d[\d,]* events? · flagged events pinned first$/);
    stop();
    // taken back from the message
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(said(title!, 'unflagged.'))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Flag ${title}` })).toHaveAttribute('aria-pressed', 'false');
  });

  it('step 2 refused: the row says "not synced" until Retry succeeds', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    // the host is up (it retries owed steps once when it starts, which would settle this one)
    await screen.findByRole('region', { name: 'Messages' });
    const title = titles()[3] ?? '';
    addFault({ method: 'PUT', path: '/cr-api/events/last_updated_on_fe/*', status: 400, times: 1 });
    await userEvent.click(within(rowOf(title)).getByRole('button', { name: `Hide ${title}` }));
    expect(await screen.findByText(/is hidden, but the change is not synced yet/)).toBeInTheDocument();
    expect(pendingStatusStore.all()).toHaveLength(1);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Only hidden events' }));
    const row = await screen.findByText('Not synced').then((badge) => badge.closest('tr') as HTMLElement);
    expect(within(row).getByRole('link', { name: title })).toBeInTheDocument();
    within(row).getByRole('button', { name: `Retry sync for ${title}` }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(within(row).queryByText('Not synced')).not.toBeInTheDocument());
    expect(pendingStatusStore.all()).toEqual([]);
    // the Retry button went with the badge: the keyboard stays on the row, at its status button
    expect(within(row).getByRole('button', { name: `Unhide ${title}` })).toHaveFocus();
  });

  it('by keyboard: Retry in a message takes the message away, and the keyboard stays with the messages, not the page', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const messages = await screen.findByRole('region', { name: 'Messages' });
    const title = titles()[4] ?? '';
    addFault({ method: 'PUT', path: '/cr-api/events/last_updated_on_fe/*', status: 400, times: 1 });
    await userEvent.click(within(rowOf(title)).getByRole('button', { name: `Flag ${title}` }));
    const retry = await within(messages).findByRole('button', { name: 'Retry' });
    retry.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(pendingStatusStore.all()).toEqual([]));
    expect(retry).not.toBeInTheDocument();
    await waitFor(() => expect(messages.contains(document.activeElement)).toBe(true));
  });

  it('by keyboard: unflagging a pinned row sends it off the page; the keyboard goes to its Undo, not the page body', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBe(50), { timeout: 8000 });
    const messages = await screen.findByRole('region', { name: 'Messages' });
    // a pinned row dated after the page's last unpinned one: unflagged, it sorts off page 1
    const idOf = (row: HTMLElement) => within(row).getAllByRole('link')[0]?.getAttribute('href')?.split('/').pop() ?? '';
    const startOf = (row: HTMLElement) => allRecords(ACME).find((r) => r.row.id === idOf(row))?.meta.startMs ?? 0;
    const isPinned = (row: HTMLElement) => within(row).queryByRole('button', { name: /^Flag /, pressed: true }) !== null;
    const lastUnpinned = startOf(rows().filter((r) => !isPinned(r)).at(-1)!);
    const row = rows().find((r) => isPinned(r) && startOf(r) > lastUnpinned)!;
    const eid = idOf(row);
    const flag = within(row).getByRole('button', { name: /^Flag / });
    const title = flag.getAttribute('aria-label')!.replace(/^Flag /, '');
    flag.focus();
    await userEvent.keyboard('{Enter}');
    expect(await within(messages).findByText(said(title, 'unflagged.'))).toBeInTheDocument();
    await waitFor(() => expect(rows().map(idOf)).not.toContain(eid));
    await waitFor(() => expect(within(messages).getByRole('button', { name: 'Undo' })).toHaveFocus());
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

  it('a message names the date and city of the event it is about: a tour repeats its title', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const tour = rows().filter((r) => within(r).getAllByRole('link')[0]?.textContent === 'Velo E1 Unveiling');
    expect(tour.length).toBeGreaterThan(2);
    // the second date of the tour: Wed 2 Dec, in Leipzig (jsdom's locale is en-US)
    const second = tour[1]!;
    expect(second).toHaveTextContent('Leipzig');
    await userEvent.click(within(second).getByRole('button', { name: 'Hide Velo E1 Unveiling' }));
    const messages = await screen.findByRole('region', { name: 'Messages' });
    const hidden = '“Velo E1 Unveiling” (Wed, Dec 2, Leipzig) hidden.';
    expect(await within(messages).findByText(hidden)).toBeInTheDocument();
    // its Undo says which date it brings back
    const undo = within(messages).getByRole('button', { name: 'Undo' });
    expect(undo).toHaveAccessibleDescription(hidden);
    await userEvent.click(undo);
    expect(await within(messages).findByText('“Velo E1 Unveiling” (Wed, Dec 2, Leipzig) shown again.')).toBeInTheDocument();
  });

  it('a cancelled event says so in its row', async () => {
    const cancelled = allRecords(ACME).map((r) => r.row).find((e) => e.status === 'cancelled' && e.start_date_time > '2026-11-21' && e.frontend_status !== 'HIDDEN');
    if (!cancelled) throw new Error('the mock has no upcoming cancelled event');
    renderApp(`/events?status=cancelled`);
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(rows().every((r) => within(r).queryAllByText('Cancelled').length > 0)).toBe(true);
    cleanup();
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(rows().filter((r) => within(r).queryAllByText('Cancelled').length > 0).length).toBeLessThan(rows().length);
  });

  it('an event the system marked CANCELLED (frontend status) is still listed, with its badge and no Flag or Hide', async () => {
    const marked = allRecords(ACME).map((r) => r.row).find((e) => e.frontend_status === 'CANCELLED' && e.start_date_time > '2026-11-21');
    if (!marked) throw new Error('the mock has no upcoming event marked CANCELLED');
    renderApp(`/events?status=cancelled&q=${encodeURIComponent(marked.title)}`);
    await waitFor(() => expect(rows().some((r) => r.querySelector(`a[href="/events/${marked.id}"]`))).toBe(true));
    const row = rows().find((r) => r.querySelector(`a[href="/events/${marked.id}"]`)) as HTMLElement;
    expect(within(row).getAllByText('Cancelled').length).toBeGreaterThan(0);
    expect(within(row).queryByRole('button', { name: `Hide ${marked.title}` })).not.toBeInTheDocument();
  });

  it('hide removes the row and Undo brings it back', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const title = titles()[4] ?? '';
    const before = titles().filter((t) => t === title).length;
    await userEvent.click(within(rowOf(title)).getByRole('button', { name: `Hide ${title}` }));
    await waitFor(() => expect(titles().filter((t) => t === title)).toHaveLength(before - 1));
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(said(title, 'shown again.'))).toBeInTheDocument();
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
    expect(await screen.findByText(said(title, 'shown again.'))).toBeInTheDocument();
    // focus is back on the row's Hide button, so a second Enter does not hide it again
    await waitFor(() => expect(screen.getAllByRole('button', { name: `Hide ${title}` })).toContainEqual(document.activeElement));
    expect(screen.getByRole('button', { name: 'Undo' })).not.toHaveFocus();
  });

  it('a message is about its partner’s event: switching partner takes it away with its Undo', async () => {
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const title = titles().find((t) => within(rowOf(t as string)).queryByRole('button', { name: `Flag ${t}`, pressed: false })) as string;
    await userEvent.click(within(rowOf(title)).getByRole('button', { name: `Flag ${title}` }));
    const messages = await screen.findByRole('region', { name: 'Messages' });
    expect(await within(messages).findByText(said(title, 'flagged.'))).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /^Partner: / }));
    await userEvent.click(await screen.findByRole('button', { name: 'Bravo Sports' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Partner: / })).toHaveTextContent('Bravo Sports'));
    expect(screen.queryByText(said(title, 'flagged.'))).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });
});
