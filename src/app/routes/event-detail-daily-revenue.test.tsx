import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { formatMoney } from '@/lib/format';
import { recordRequests, setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';

const server = setupMockApi();
/** Past event (2026-08-18) with sales around its date. */
const PAST = 'evt_1myr47h';
const { sent } = recordRequests(server);
signInEachTest({ partnerId: 'partner-id-acme' });

describe('event detail: daily revenue', () => {
  it('a new range says it is loading and marks the old bars stale until its numbers arrive', async () => {
    renderApp(`/events/${PAST}?range=custom&from=2026-08-01&to=2026-08-10`);
    const daily = await screen.findByRole('region', { name: 'Daily revenue' }, { timeout: 5000 });
    await waitFor(() => expect(within(daily).getByText(/August 1 – 10, 2026/)).toBeInTheDocument());
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    server.use(http.get('*/daily_revenue_summary/', async () => { await held; await delay(0); return undefined; }, { once: true }));

    await userEvent.selectOptions(within(daily).getByLabelText('Range'), 'The week after the event');
    await waitFor(() => expect(within(daily).getByText(/^Loading August 19 – 25, 2026…$/)).toBeInTheDocument());
    expect(daily).toHaveAttribute('aria-busy', 'true');
    expect(daily).toHaveClass('stale-data');

    release();
    await waitFor(() => expect(daily).not.toHaveClass('stale-data'));
    expect(daily).toHaveAttribute('aria-busy', 'false');
    expect(within(daily).queryByText(/^Loading/)).not.toBeInTheDocument();
  });

  it('campaign results outside the range are one click away: the range widens to them', async () => {
    const { router } = renderApp(`/events/${PAST}?range=custom&from=2026-08-01&to=2026-08-10`);
    const daily = await screen.findByRole('region', { name: 'Daily revenue' }, { timeout: 5000 });
    const note = await within(daily).findByText(/campaign results? lies? outside this range/);
    expect(within(daily).queryByRole('list', { name: 'Campaign results in this range' })).not.toBeInTheDocument();
    within(note).getByRole('button', { name: /^Widen the range to show (it|them)$/ }).focus();
    await userEvent.keyboard('{Enter}');
    const list = await within(daily).findByRole('list', { name: 'Campaign results in this range' });
    // the button went with the note: the keyboard is on what it showed, not the page body
    await waitFor(() => expect(list).toHaveFocus());
    expect(within(daily).queryByText(/outside this range/)).not.toBeInTheDocument();
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('range')).toBe('custom');
    expect(search.get('from')).toBe('2026-08-01');
    expect(search.get('to')! > '2026-08-10').toBe(true);
  });

  it('a custom range ends today at the latest, and "From" comes first: both said next to the fields, nothing asked', async () => {
    renderApp(`/events/${PAST}?range=custom&from=2026-08-01&to=2026-08-10`);
    const daily = await screen.findByRole('region', { name: 'Daily revenue' }, { timeout: 5000 });
    const to = within(daily).getByLabelText('To');
    const asked = () => sent('GET', /daily_revenue_summary\/$/).length;
    await waitFor(() => expect(asked()).toBeGreaterThan(0));
    const before = asked();
    fireEvent.change(to, { target: { value: '2099-01-31' } });
    await userEvent.click(within(daily).getByRole('button', { name: 'Apply' }));
    expect(await within(daily).findByRole('alert')).toHaveTextContent(/^Sales are known up to today \(.+\): choose a “To” date on or before it\.$/);
    fireEvent.change(to, { target: { value: '2026-07-01' } });
    await userEvent.click(within(daily).getByRole('button', { name: 'Apply' }));
    expect(within(daily).getByRole('alert')).toHaveTextContent('The “From” date is after the “To” date.');
    expect(asked()).toBe(before);
  });

  it('the summary gives the best day with its unit: money for revenue, "N tickets" for tickets', async () => {
    server.use(http.get('*/daily_revenue_summary/', () => HttpResponse.json({
      currency: 'EUR', manual_adjustments: [],
      days: [{ date: '2026-08-01', revenue: 100, tickets: 1 }, { date: '2026-08-02', revenue: 50, tickets: 23 }],
    })));
    renderApp(`/events/${PAST}?range=custom&from=2026-08-01&to=2026-08-10&daily=tickets`);
    const daily = await screen.findByRole('region', { name: 'Daily revenue' }, { timeout: 5000 });
    await waitFor(() => expect(daily).toHaveTextContent(`${formatMoney(150, 'EUR')} from 24 tickets, August 1 – 10, 2026; best day August 2, 2026 (23 tickets).`));
  });
});
