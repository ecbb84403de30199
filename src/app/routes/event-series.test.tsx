import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { recordRequests, setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { findRecord } from '../../../mocks/db/events';

const server = setupMockApi();
const ACME = 'partner-id-acme';
/** Past event (2026-08-18) with a series. */
const PAST = 'evt_1myr47h';
/** An event two other dates of the same show are not yet linked to. */
const LAUNCH = 'evt_1rgka1j';

const { sent } = recordRequests(server);
signInEachTest({ partnerId: ACME });

async function openPicker(eid: string) {
  const user = userEvent.setup();
  renderApp(`/events/${eid}`);
  const series = await screen.findByRole('region', { name: 'Event series' });
  await user.click(await within(series).findByRole('button', { name: 'Add events' }));
  return { user, series, dialog: await screen.findByRole('dialog', { name: 'Add events to the series' }) };
}

describe('event series', () => {
  it('adds two events to the series in one POST and removes one with DELETE', async () => {
    const user = userEvent.setup();
    renderApp(`/events/${PAST}`);
    const series = await screen.findByRole('region', { name: 'Event series' });
    await waitFor(() => expect(within(series).getAllByRole('link').length).toBeGreaterThan(0));
    const before = within(series).getAllByRole('link').length;
    await user.click(within(series).getByRole('button', { name: 'Add events' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add events to the series' });
    const boxes = await within(dialog).findAllByRole('checkbox');
    await user.click(boxes[0] as HTMLElement);
    await user.click(boxes[1] as HTMLElement);
    // the summary tells same-titled dates apart: each picked event with its date and city
    const optionText = (box: HTMLElement) => box.closest('label')?.querySelector('.muted')?.textContent?.trim() ?? '';
    const summary = within(dialog).getByText(/^2 selected: /);
    for (const box of boxes.slice(0, 2)) expect(summary.textContent).toContain(`(${optionText(box as HTMLElement)})`);
    await user.click(within(dialog).getByRole('button', { name: 'Add 2 events' }));
    await waitFor(() => expect(sent('POST', /\/series$/)).toHaveLength(1));
    expect(sent('POST', /\/series$/)[0]?.url.searchParams.getAll('event_series')).toHaveLength(2);
    await waitFor(() => expect(within(series).getAllByRole('link')).toHaveLength(before + 2));

    const [first] = within(series).getAllByRole('button', { name: /^Remove / });
    await user.click(first as HTMLElement);
    await waitFor(() => expect(sent('DELETE', /\/series$/)).toHaveLength(1));
    expect(sent('DELETE', /\/series$/)[0]?.url.searchParams.getAll('event_series')).toHaveLength(1);
    await waitFor(() => expect(within(series).getAllByRole('link')).toHaveLength(before + 1));
  });

  it('a link is kept on both events: after removing B from A, going back to B no longer lists A', async () => {
    const user = userEvent.setup();
    const B = findRecord(ACME, PAST)!.row.campaign_event_series[0]!;
    const { router } = renderApp(`/events/${B}`);
    const linksTo = (region: HTMLElement, eid: string) => within(region).queryAllByRole('link').some((a) => a.getAttribute('href') === `/events/${eid}`);
    await waitFor(() => expect(linksTo(screen.getByRole('region', { name: 'Event series' }), PAST)).toBe(true), { timeout: 5000 });

    await act(() => router.navigate(`/events/${PAST}`));
    await screen.findByRole('heading', { level: 1, name: findRecord(ACME, PAST)!.row.title });
    const seriesA = screen.getByRole('region', { name: 'Event series' });
    await waitFor(() => expect(linksTo(seriesA, B)).toBe(true));
    const itemB = within(seriesA).getAllByRole('listitem').find((li) => li.querySelector(`a[href="/events/${B}"]`))!;
    await user.click(within(itemB).getByRole('button', { name: /^Remove/ }));
    await waitFor(() => expect(within(seriesA).getByRole('status')).toHaveTextContent('was removed from the series'));

    await act(() => router.navigate(-1));
    await screen.findByRole('heading', { level: 1, name: findRecord(ACME, B)!.row.title });
    await waitFor(() => expect(linksTo(screen.getByRole('region', { name: 'Event series' }), PAST)).toBe(false));
    expect(findRecord(ACME, B)!.row.campaign_event_series).not.toContain(PAST);
  });

  it('a failed series write rolls back and says so', async () => {
    // refused after a moment, as over a network: the row has gone from the list meanwhile
    server.use(http.delete('*/api/v3/events/:eid/series', async () => {
      await delay(100);
      return HttpResponse.json({ message: 'error.refused' }, { status: 400 });
    }, { once: true }));
    const user = userEvent.setup();
    renderApp(`/events/${PAST}`);
    const series = await screen.findByRole('region', { name: 'Event series' });
    await waitFor(() => expect(within(series).getAllByRole('link').length).toBeGreaterThan(0));
    const before = within(series).getAllByRole('link').length;
    await user.click(within(series).getAllByRole('button', { name: /^Remove / })[0] as HTMLElement);
    const alert = await within(series).findByRole('alert');
    expect(alert).toHaveTextContent(/Could not remove/);
    expect(within(series).getAllByRole('link')).toHaveLength(before);
    // the pressed Remove went with its row: focus is not left on the page body
    expect(within(alert).getByRole('button', { name: 'Try again' })).toHaveFocus();
    // a retry is a remove like the first: it offers Undo, which takes the focus
    await user.keyboard('{Enter}');
    const undo = await within(series).findByRole('button', { name: /^Undo: put / });
    expect(undo).toHaveFocus();
    expect(within(series).getAllByRole('link')).toHaveLength(before - 1);
  });

  it('the picker offers the other dates of the same show first, until a search replaces them', async () => {
    const title = findRecord(ACME, LAUNCH)?.row.title ?? '';
    const { user, dialog } = await openPicker(LAUNCH);
    const same = await within(dialog).findByRole('group', { name: 'Same title as this event' });
    const sameTitles = within(same).getAllByRole('checkbox').map((c) => c.closest('label')?.querySelector('strong')?.textContent);
    expect(sameTitles).toEqual([title, title]);
    expect(sent('GET', /available_events_for_series$/).some((r) => r.url.searchParams.get('q') === title)).toBe(true);
    const others = within(dialog).getByRole('group', { name: 'Other events' });
    expect(within(others).getAllByRole('checkbox').length).toBeGreaterThan(0);

    await user.type(within(dialog).getByRole('searchbox', { name: 'Search events' }), 'Köln');
    await waitFor(() => expect(within(dialog).queryByRole('group', { name: 'Same title as this event' })).toBeNull());
  });

  it('a removed event can be put back from the message', async () => {
    const user = userEvent.setup();
    renderApp(`/events/${PAST}`);
    const series = await screen.findByRole('region', { name: 'Event series' });
    await waitFor(() => expect(within(series).getAllByRole('link').length).toBeGreaterThan(0));
    const before = within(series).getAllByRole('link').map((l) => l.textContent);
    const removedHref = within(series).getAllByRole('link')[0]?.getAttribute('href');
    await user.click(within(series).getAllByRole('button', { name: /^Remove / })[0] as HTMLElement);
    await waitFor(() => expect(within(series).getByRole('status')).toHaveTextContent(/was removed from the series/));
    expect(within(series).getAllByRole('link')).toHaveLength(before.length - 1);

    // the pressed Remove is gone: keyboard focus goes to the Undo, then to the link it puts back
    const undo = within(series).getByRole('button', { name: /^Undo: put “.+” back into the series$/ });
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(sent('POST', /\/series$/)).toHaveLength(1));
    await waitFor(() => expect(within(series).getAllByRole('link').map((l) => l.textContent).sort()).toEqual([...before].sort()));
    expect(document.activeElement?.getAttribute('href')).toBe(removedHref);
  });

  it('the Undo of a removal stays with its event: another event’s page does not offer it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/events/${PAST}`);
    const series = await screen.findByRole('region', { name: 'Event series' });
    await waitFor(() => expect(within(series).getAllByRole('link').length).toBeGreaterThan(0));
    await user.click(within(series).getAllByRole('button', { name: /^Remove / })[0] as HTMLElement);
    await waitFor(() => expect(within(series).getByRole('button', { name: /^Undo/ })).toBeInTheDocument());

    await router.navigate(`/events/${LAUNCH}`);
    await screen.findByRole('heading', { level: 1, name: findRecord(ACME, LAUNCH)?.row.title });
    const other = await screen.findByRole('region', { name: 'Event series' });
    await waitFor(() => expect(within(other).getAllByRole('link').length).toBeGreaterThan(0));
    expect(within(other).queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(within(other).queryByText(/was removed from the series/)).toBeNull();
  });
});
