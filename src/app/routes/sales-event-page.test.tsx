import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { recordRequests, setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { session } from '@/lib/api';
import { formatDay, formatDayRange, formatMoney, formatNumber } from '@/lib/format';
import { dailySummary, getSalesRows } from '../../../mocks/db/daily-sales';
import { findRecord } from '../../../mocks/db/events';

const server = setupMockApi();
const ACME = 'partner-id-acme';
/** A past Acme event (2026-08-18) with generated sales. */
const EID = 'evt_1myr47h';

const { requests, sent } = recordRequests(server);
signInEachTest({ partnerId: ACME, now: new Date('2026-11-20T09:00:00Z') });

const region = (name: string | RegExp) => screen.getByRole('region', { name });
const line = (n: number) => screen.getByRole('group', { name: `Ticket line ${n}` });
const tile = (name: string) => within(region('Recorded sales')).getByText(name, { selector: '.kpi-tile__label' }).nextElementSibling;

async function openPage() {
  const view = renderApp(`/events/${EID}/sales`);
  const title = findRecord(ACME, EID)?.row.title ?? '';
  expect(await screen.findByRole('heading', { level: 1, name: `Sales data: ${title}` }, { timeout: 5000 })).toBeInTheDocument();
  await screen.findByRole('group', { name: 'Ticket line 1' });
  return { ...view, title };
}

const totals = () => {
  const days = dailySummary(ACME, EID);
  return { days: days.length, tickets: days.reduce((n, d) => n + d.tickets, 0), revenue: Math.round(days.reduce((n, d) => n + d.revenue * 100, 0)) / 100 };
};

describe('sales data of one event', { timeout: 20_000 }, () => {
  it('shows what is recorded: days, tickets, revenue and the ticket categories', async () => {
    await openPage();
    const t = totals();
    await waitFor(() => expect(tile('Tickets sold')).toHaveTextContent(formatNumber(t.tickets)));
    expect(tile('Days with sales')).toHaveTextContent(formatNumber(t.days));
    expect(tile('Ticket revenue')).toHaveTextContent(formatMoney(t.revenue, 'EUR'));
    const [summary] = sent('GET', /daily_revenue_summary\/$/);
    expect(Object.fromEntries(summary?.url.searchParams ?? [])).toEqual({ event_id: EID, start_date: '2000-01-01', end_date: '2026-11-20' });
    const categories = within(region('Recorded sales')).getByRole('table', { name: 'By ticket category' });
    expect(within(categories).getAllByRole('row').length).toBeGreaterThan(1);
    // types read as on the event page, not as API codes
    expect(within(categories).getAllByRole('cell', { name: 'Regular' }).length).toBeGreaterThan(0);
    expect(within(categories).queryByRole('cell', { name: 'regular' })).toBeNull();
    const options = within(line(1)).getByLabelText('Ticket type');
    expect(within(options).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(expect.arrayContaining(['regular', '__new__']));
  });

  it('a past event: the day starts at the event’s day, and a day after it is questioned without blocking', async () => {
    const user = userEvent.setup();
    await openPage();
    const day = screen.getByLabelText('Day');
    expect(day).toHaveValue('2026-08-18');
    expect(day).not.toHaveAccessibleDescription(/took place/);

    await user.clear(day);
    await user.type(day, '2026-08-20');
    expect(day).toHaveAccessibleDescription(`The event took place on ${formatDay('2026-08-18')}; sales after that day are unusual. Check the date, or add them if they are right.`);
    expect(day).toHaveAttribute('aria-invalid', 'false');

    await user.type(within(line(1)).getByLabelText('Tickets'), '3');
    await user.type(within(line(1)).getByLabelText('Revenue (EUR)'), '90');
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    expect(await screen.findByText(`Added 3 tickets and €90.00 for ${formatDayRange('2026-08-20', '2026-08-20')} (1 daily row stored).`)).toBeInTheDocument();
  });

  it('adds sales over a range with a new ticket type: preview, exact request, then everything refreshes', async () => {
    const user = userEvent.setup();
    await openPage();
    await user.click(screen.getByRole('radio', { name: /A date range/ }));
    await user.clear(screen.getByLabelText('First day'));
    await user.type(screen.getByLabelText('First day'), '2026-11-17');
    await user.clear(screen.getByLabelText('Last day'));
    await user.type(screen.getByLabelText('Last day'), '2026-11-18');
    await user.type(within(line(1)).getByLabelText('Tickets'), '1,200');
    await user.type(within(line(1)).getByLabelText('Revenue (EUR)'), '54000');
    await user.click(screen.getByRole('button', { name: 'Add a ticket line' }));
    await user.selectOptions(within(line(2)).getByLabelText('Ticket type'), '__new__');
    await user.type(within(line(2)).getByLabelText('New type name'), 'Student');
    await user.type(within(line(2)).getByLabelText('Tickets'), '10');
    await user.type(within(line(2)).getByLabelText('Revenue (EUR)'), '150.50');

    const preview = region('Preview of what will be added');
    expect(preview).toHaveTextContent('(2 days) × 2 ticket types');
    const foot = within(preview).getByRole('rowheader', { name: 'Total' }).closest('tr') as HTMLElement;
    expect(foot).toHaveTextContent(formatNumber(1210));
    expect(foot).toHaveTextContent(formatMoney(54150.5, 'EUR'));

    const before = totals();
    requests.length = 0;
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    expect(await screen.findByText(new RegExp(`^Added 1,210 tickets and €54,150\\.50 for ${formatDayRange('2026-11-17', '2026-11-18').replace(/\s+/g, ' ')}`))).toBeInTheDocument();
    const [post] = sent('POST', /ingest\/transaction_summary$/);
    expect(JSON.parse(post?.body ?? '')).toEqual({
      eid: EID, from: '2026-11-17', to: '2026-11-18',
      tickets: [{ type: 'regular', sold: 1200, revenue: 54000 }, { type: 'Student', sold: 10, revenue: 150.5 }],
    });
    // the event's data refetched at once (summary, tickets, event)
    expect(sent('GET', /daily_revenue_summary\/$/).length).toBeGreaterThan(0);
    expect(sent('GET', /tickets$/).length).toBeGreaterThan(0);
    expect(totals().tickets).toBe(before.tickets + 1210);
    await waitFor(() => expect(tile('Tickets sold')).toHaveTextContent(formatNumber(before.tickets + 1210)));
    expect(within(region('Recorded sales')).getByRole('rowheader', { name: 'Student' })).toBeInTheDocument();
    // the form is ready for the next entry
    expect(within(line(1)).getByLabelText('Tickets')).toHaveValue('');
  });

  it('refuses bad input next to the field, sends nothing and keeps what was typed', async () => {
    const user = userEvent.setup();
    await openPage();
    await user.type(within(line(1)).getByLabelText('Tickets'), '2.5');
    await user.type(within(line(1)).getByLabelText('Revenue (EUR)'), '-10');
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    expect(await within(line(1)).findByText('Tickets must be a whole number.')).toBeInTheDocument();
    expect(within(line(1)).getByText('Revenue cannot be negative.')).toBeInTheDocument();
    expect(within(line(1)).getByLabelText('Tickets')).toHaveAttribute('aria-invalid', 'true');
    expect(within(line(1)).getByLabelText('Tickets')).toHaveValue('2.5');
    expect(sent('POST', /ingest/)).toHaveLength(0);
  });

  it('typed but not added: a partner switch asks first, naming the sales, and Stay keeps them', async () => {
    const user = userEvent.setup();
    await openPage();
    await user.type(within(line(1)).getByLabelText('Tickets'), '12');
    await user.click(await screen.findByRole('button', { name: /^Partner: / }));
    await user.click(await screen.findByRole('button', { name: 'Bravo Sports' }));
    const ask = await screen.findByRole('dialog', { name: 'Switch partner now?' });
    expect(ask).toHaveTextContent('The sales typed but not yet added are lost.');
    await user.click(within(ask).getByRole('button', { name: 'Stay' }));
    expect(session.get()?.partnerId).toBe(ACME);
    expect(within(line(1)).getByLabelText('Tickets')).toHaveValue('12');
    // focus back where the switch began, not lost with the closed list
    expect(screen.getByRole('button', { name: /^Partner: / })).toHaveFocus();
  });

  it('typed but not added: sign-out asks first, naming the sales; Stay keeps them (focus on the user menu), Sign out goes', async () => {
    const user = userEvent.setup();
    const { router } = await openPage();
    await user.type(within(line(1)).getByLabelText('Tickets'), '12');
    const menu = screen.getByRole('button', { name: 'demo' });
    await user.click(menu);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    const ask = await screen.findByRole('dialog', { name: 'Sign out now?' });
    expect(ask).toHaveTextContent('The sales typed but not yet added are lost.');
    await user.click(within(ask).getByRole('button', { name: 'Stay' }));
    expect(session.get()?.partnerId).toBe(ACME);
    expect(within(line(1)).getByLabelText('Tickets')).toHaveValue('12');
    expect(menu).toHaveFocus();

    await user.click(menu);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Sign out now?' })).getByRole('button', { name: 'Sign out' }));
    expect(session.get()).toBeNull();
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
  });

  it('nothing typed: sign-out does not ask', async () => {
    const user = userEvent.setup();
    await openPage();
    await user.click(screen.getByRole('button', { name: 'demo' }));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(session.get()).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('typed but not added: leaving by a link asks first, naming the sales; Stay keeps them, Leave goes', async () => {
    const user = userEvent.setup();
    const { router } = await openPage();
    await user.type(within(line(1)).getByLabelText('Tickets'), '55');
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Overview' }));
    const ask = await screen.findByRole('dialog', { name: 'Leave this page?' });
    expect(ask).toHaveTextContent('The sales typed but not yet added are lost.');
    await user.click(within(ask).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe(`/events/${EID}/sales`);
    expect(within(line(1)).getByLabelText('Tickets')).toHaveValue('55');
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Overview' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave this page?' })).getByRole('button', { name: 'Leave the page' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('tickets past the type\'s capacity: the field says how many seats are left, nothing is sent until the user confirms', async () => {
    const user = userEvent.setup();
    await openPage();
    await user.type(within(line(1)).getByLabelText('Tickets'), '99,999,999');
    await user.type(within(line(1)).getByLabelText('Revenue (EUR)'), '10');
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    const tickets = within(line(1)).getByLabelText('Tickets');
    await waitFor(() => expect(tickets).toHaveAccessibleDescription(/^That makes [\d,]+ sold of [\d,]+ seats \([\d,]+ left\)\. Check the number, or confirm below\.$/));
    expect(sent('POST', /ingest/)).toHaveLength(0);
    expect(tickets).toHaveValue('99,999,999');

    await user.click(screen.getByRole('checkbox', { name: /Add them anyway/ }));
    // correcting the number drops the confirmation: a new number past capacity asks again
    await user.clear(tickets);
    await user.type(tickets, '5');
    expect(screen.queryByRole('checkbox', { name: /Add them anyway/ })).not.toBeInTheDocument();
    await user.clear(tickets);
    await user.type(tickets, '99,999,999');
    expect(screen.getByRole('checkbox', { name: /Add them anyway/ })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Add them anyway/ }));
    await waitFor(() => expect(tickets).not.toHaveAttribute('aria-invalid', 'true'));
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    expect(await screen.findByText(/^Added 99,999,999 tickets/)).toBeInTheDocument();
    expect(JSON.parse(sent('POST', /ingest\/transaction_summary$/)[0]?.body ?? '').tickets[0].sold).toBe(99_999_999);
    // the confirmation does not carry over to the next entry
    expect(screen.queryByRole('checkbox', { name: /Add them anyway/ })).not.toBeInTheDocument();
  });

  it('shows validation_errors that arrive with HTTP 200 next to the right field and line, keeping the input', async () => {
    server.use(
      http.post('*/api/v3/ingest/transaction_summary', () =>
        HttpResponse.json({ validation_errors: [{ code: 'date_in_future', field: 'to' }, { code: 'negative', field: 'tickets.1.revenue' }] }),
      ),
    );
    const user = userEvent.setup();
    await openPage();
    const before = getSalesRows(ACME, EID).length;
    await user.type(within(line(1)).getByLabelText('Tickets'), '5');
    await user.type(within(line(1)).getByLabelText('Revenue (EUR)'), '100');
    await user.click(screen.getByRole('button', { name: 'Add a ticket line' }));
    await user.selectOptions(within(line(2)).getByLabelText('Ticket type'), '__new__');
    await user.type(within(line(2)).getByLabelText('New type name'), 'Box');
    await user.type(within(line(2)).getByLabelText('Tickets'), '1');
    await user.type(within(line(2)).getByLabelText('Revenue (EUR)'), '10');
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    expect(await screen.findByText(/The server did not accept these sales; nothing was added/)).toBeInTheDocument();
    // one-day mode: the `to` error belongs to the one date input
    expect(screen.getByLabelText('Day')).toHaveAccessibleDescription('The date is in the future. Sales can only be recorded up to today.');
    expect(within(line(2)).getByLabelText('Revenue (EUR)')).toHaveAccessibleDescription('Revenue cannot be negative.');
    expect(within(line(2)).getByLabelText('New type name')).toHaveValue('Box');
    expect(screen.queryByText(/^Added/)).not.toBeInTheDocument();
    expect(getSalesRows(ACME, EID)).toHaveLength(before);
  });

  it('clears all sales only after the exact event name is typed, then shows the empty state', async () => {
    const user = userEvent.setup();
    const { title } = await openPage();
    const t = totals();
    await waitFor(() => expect(tile('Tickets sold')).toHaveTextContent(formatNumber(t.tickets)));
    await user.click(screen.getByRole('button', { name: 'Clear all sales…' }));
    const dialog = screen.getByRole('dialog', { name: 'Clear all sales?' });
    expect(dialog).toHaveTextContent(`${formatNumber(t.days)} days of sales`);
    expect(dialog).toHaveTextContent(`${formatNumber(t.tickets)} tickets and ${formatMoney(t.revenue, 'EUR')} of revenue`);
    expect(within(dialog).getByRole('button', { name: 'Download the sales workbook' })).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Delete all sales' });
    expect(confirm).toBeDisabled();
    expect(within(dialog).getByLabelText(/Type the event's name to confirm/)).toHaveFocus();
    await user.type(within(dialog).getByLabelText(/Type the event's name to confirm/), title.toLowerCase());
    expect(confirm).toBeDisabled();
    await user.clear(within(dialog).getByLabelText(/Type the event's name to confirm/));
    await user.type(within(dialog).getByLabelText(/Type the event's name to confirm/), title);
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    expect(await screen.findByText('All sales of this event were deleted.')).toBeInTheDocument();
    expect(sent('DELETE', /daily_revenue_summary$/)).toHaveLength(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(region('Recorded sales')).getByText('No sales are recorded for this event.')).toBeInTheDocument();
    expect(getSalesRows(ACME, EID)).toEqual([]);
  });

  it('a refused clear keeps the dialog open with the reason, and the keyboard focus on its Delete button', async () => {
    server.use(http.delete('*/daily_revenue_summary', async () => {
      await delay(300);
      return HttpResponse.json({ message: 'error.sales.locked' }, { status: 409 });
    }, { once: true }));
    const user = userEvent.setup();
    const { title } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Clear all sales…' }));
    const dialog = screen.getByRole('dialog', { name: 'Clear all sales?' });
    await user.type(await within(dialog).findByLabelText(/Type the event's name to confirm/), title);
    const confirm = within(dialog).getByRole('button', { name: 'Delete all sales' });
    await user.click(confirm);
    // while it runs the button refuses without being disabled (which would drop the focus to the page)
    expect(await within(dialog).findByRole('button', { name: 'Deleting…' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(dialog).getByRole('button', { name: 'Deleting…' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Deleting…' })).toHaveFocus();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^Deleting did not complete\./);
    expect(within(dialog).getByRole('button', { name: 'Delete all sales' })).toHaveFocus();
    expect(getSalesRows(ACME, EID).length).toBeGreaterThan(0);
  });

  it('an unknown event shows the not-found page', async () => {
    renderApp('/events/evt_nope/sales');
    expect(await screen.findByRole('heading', { name: 'Page not found' }, { timeout: 5000 })).toBeInTheDocument();
  });
});
