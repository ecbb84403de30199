import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { recordRequests, setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { formatDayRange } from '@/lib/format';
import { addFault } from '../../../mocks/scenarios/faults';

/** The "Add sales" form's dates and preview, /sales?event=… (a past Acme event, 2026-08-18). */
const server = setupMockApi();
const EID = 'evt_1myr47h';
const { sent } = recordRequests(server);
signInEachTest({ partnerId: 'partner-id-acme', now: new Date('2026-11-20T09:00:00Z') });

/** the preview's period line, as shown */
const period = () => within(screen.getByRole('region', { name: 'Preview of what will be added' })).getByRole('paragraph').textContent;
const line = () => screen.getByRole('group', { name: 'Ticket line 1' });

async function openForm() {
  renderApp(`/sales?event=${EID}`);
  await screen.findByRole('group', { name: 'Ticket line 1' }, { timeout: 5000 });
}

describe('add sales: the dates and the preview', { timeout: 20_000 }, () => {
  it('a range starts from the chosen day and asks for its last day; the preview shows only what the fields hold', async () => {
    const user = userEvent.setup();
    await openForm();
    expect(period()).toBe(formatDayRange('2026-08-18', '2026-08-18'));

    await user.click(screen.getByRole('radio', { name: /A date range/ }));
    expect(screen.getByLabelText('First day')).toHaveValue('2026-08-18');
    expect(screen.getByLabelText('Last day')).toHaveValue('');
    expect(period()).toBe('Choose the last day to see the period.');

    await user.clear(screen.getByLabelText('First day'));
    expect(period()).toBe('Choose the first and last day to see the period.');

    await user.type(screen.getByLabelText('First day'), '2026-08-16');
    await user.type(screen.getByLabelText('Last day'), '2026-08-17');
    expect(period()).toMatch(`${formatDayRange('2026-08-16', '2026-08-17')} (2 days) × 1 ticket type`);
  });

  it('after adding one ticket over a range: says "1 ticket", and the range starts empty again', async () => {
    const user = userEvent.setup();
    await openForm();
    await user.click(screen.getByRole('radio', { name: /A date range/ }));
    await user.type(screen.getByLabelText('Last day'), '2026-08-19');
    await user.type(within(line()).getByLabelText('Tickets'), '1');
    await user.type(within(line()).getByLabelText('Revenue (EUR)'), '45');
    await user.click(screen.getByRole('button', { name: 'Add sales' }));

    const done = await screen.findByText(/^Added /);
    // one ticket spread over two days lands on one of them: one daily row
    expect(done.textContent).toBe(`Added 1 ticket and €45.00 for ${formatDayRange('2026-08-18', '2026-08-19')} (1 daily row stored).`);
    expect(JSON.parse(sent('POST', /ingest\/transaction_summary$/)[0]?.body ?? '')).toMatchObject({ from: '2026-08-18', to: '2026-08-19' });
    expect(screen.getByRole('radio', { name: /A date range/ })).toBeChecked();
    expect(screen.getByLabelText('First day')).toHaveValue('');
    expect(screen.getByLabelText('Last day')).toHaveValue('');
    expect(period()).toBe('Choose the first and last day to see the period.');
    expect(within(line()).getByLabelText('Tickets')).toHaveValue('');

    // the next entry is refused: the notice of the last one goes, so the two are not read together
    await user.type(within(line()).getByLabelText('Tickets'), '-3');
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    expect(await screen.findByText('Tickets cannot be negative.')).toBeInTheDocument();
    expect(screen.queryByText(/^Added /)).not.toBeInTheDocument();
  });

  it.each(['click', 'Enter'])('sent by %s from a field: the server\'s refusal of that field stays beside it as the keyboard goes to the first one', async (how) => {
    server.use(http.post('*/api/v3/ingest/transaction_summary', () =>
      HttpResponse.json({ validation_errors: [{ code: 'date_in_future', field: 'to' }, { code: 'negative', field: 'tickets.0.revenue' }] })));
    const user = userEvent.setup();
    await openForm();
    const revenue = within(line()).getByLabelText(/Revenue/);
    await user.type(within(line()).getByLabelText('Tickets'), '5');
    await user.type(revenue, '100');
    if (how === 'Enter') await user.keyboard('{Enter}');
    else await user.click(screen.getByRole('button', { name: 'Add sales' }));
    expect(await screen.findByText(/The server did not accept these sales; nothing was added/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Day')).toHaveFocus());
    // leaving the field is no reason to check it again and drop what the server said
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(revenue).toHaveAccessibleDescription('Revenue cannot be negative.');
  });

  it('a 200 answer that is not the stored record claims nothing: it asks to check the re-read totals before adding again', async () => {
    const user = userEvent.setup();
    await openForm();
    addFault({ method: 'POST', path: '/api/v3/ingest/transaction_summary', kind: 'schema', times: 1 });
    await user.type(within(line()).getByLabelText('Tickets'), '3');
    await user.type(within(line()).getByLabelText(/Revenue/), '294');
    const reads = sent('GET', /daily_revenue_summary\/$/).length;
    await user.click(screen.getByRole('button', { name: 'Add sales' }));

    const status = await screen.findByText(/^The server accepted /);
    expect(status).toHaveRole('status');
    expect(status.textContent).toBe(
      `The server accepted 3 tickets and €294.00 for ${formatDayRange('2026-08-18', '2026-08-18')} but did not confirm what it stored; check the recorded sales above before adding them again.`,
    );
    expect(screen.queryByText(/^Added /)).not.toBeInTheDocument();
    expect(sent('POST', /ingest\/transaction_summary$/)).toHaveLength(1);
    // the totals were read again; the form is ready for the next entry, not for sending these twice
    expect(sent('GET', /daily_revenue_summary\/$/).length).toBeGreaterThan(reads);
    expect(within(line()).getByLabelText('Tickets')).toHaveValue('');
    expect(within(line()).getByLabelText(/Revenue/)).toHaveValue('');
  });

  it('a lost answer names the totals shown before the attempt, to compare with the totals read again', async () => {
    const user = userEvent.setup();
    await openForm();
    const tile = (label: string) => within(screen.getByRole('region', { name: 'Recorded sales' })).getByText(label, { selector: '.kpi-tile__label' }).nextElementSibling?.textContent;
    await waitFor(() => expect(tile('Tickets sold')).toMatch(/\d/));
    const [tickets, revenue] = [tile('Tickets sold'), tile('Ticket revenue')];
    addFault({ method: 'POST', path: '/api/v3/ingest/transaction_summary', status: 500, times: 1 });
    await user.type(within(line()).getByLabelText('Tickets'), '3');
    await user.type(within(line()).getByLabelText(/Revenue/), '294');
    await user.click(screen.getByRole('button', { name: 'Add sales' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `The server had a problem while saving. The sales (3 tickets and €294.00 for ${formatDayRange('2026-08-18', '2026-08-18')}) may have been saved. ` +
      `Before this attempt, Recorded sales above showed Tickets sold ${tickets} and Ticket revenue ${revenue}: if these have grown by the sales sent, they were saved; do not send them again.`,
    );
  });

  it('removing a ticket line puts the keyboard on the line now in its place, not on the page', async () => {
    const user = userEvent.setup();
    await openForm();
    await user.click(screen.getByRole('button', { name: 'Add a ticket line' }));
    await user.click(screen.getByRole('button', { name: 'Remove ticket line 2' }));
    expect(screen.queryByRole('group', { name: 'Ticket line 2' })).not.toBeInTheDocument();
    await waitFor(() => expect(within(line()).getByLabelText('Ticket type')).toHaveFocus());
  });

  it('a range error under Last day goes once First day fixes it; per day reads "1 ticket"', async () => {
    const user = userEvent.setup();
    await openForm();
    await user.click(screen.getByRole('radio', { name: /A date range/ }));
    await user.clear(screen.getByLabelText('First day'));
    await user.type(screen.getByLabelText('First day'), '2025-01-01');
    await user.type(screen.getByLabelText('Last day'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    expect(await screen.findByText('A range can cover at most 366 days.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('First day'));
    await user.type(screen.getByLabelText('First day'), '2026-10-31');
    await waitFor(() => expect(screen.queryByText('A range can cover at most 366 days.')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Last day')).not.toHaveAttribute('aria-invalid', 'true');

    await user.type(within(line()).getByLabelText('Tickets'), '2');
    await user.type(within(line()).getByLabelText(/Revenue/), '20');
    expect(within(screen.getByRole('region', { name: 'Preview of what will be added' })).getByText(/^1 ticket · /)).toBeInTheDocument();
  });

  it('Add sales pressed right after a wrong value is typed: the click lands, and the keyboard goes to the first invalid field', async () => {
    const user = userEvent.setup();
    await openForm();
    const revenue = within(line()).getByLabelText(/Revenue/);
    await user.type(revenue, 'abc');
    const add = screen.getByRole('button', { name: 'Add sales' });
    await user.pointer({ keys: '[MouseLeft>]', target: add });
    // leaving the field would show its message above the button and push the button away from the pointer before the click
    expect(revenue).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(line()).queryByText(/^Enter the revenue/)).not.toBeInTheDocument();
    await user.pointer({ keys: '[/MouseLeft]', target: add });
    // the form was sent and checked: every line's message shows, the keyboard is on the first one
    await waitFor(() => expect(within(line()).getByLabelText('Tickets')).toHaveFocus());
    expect(within(line()).getByText('Enter the number of tickets (0 if none were sold).')).toBeInTheDocument();
    expect(revenue).toHaveAttribute('aria-invalid', 'true');

    // in the order of the form: the day comes first
    await user.clear(screen.getByLabelText('Day'));
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    await waitFor(() => expect(screen.getByLabelText('Day')).toHaveFocus());
    expect(sent('POST', /ingest/)).toHaveLength(0);
  });

  it('after switching to a range, an empty Last day is focused before a wrong ticket line (the order on screen)', async () => {
    const user = userEvent.setup();
    await openForm();
    await user.click(screen.getByRole('radio', { name: /A date range/ }));
    await user.type(within(line()).getByLabelText('Tickets'), 'x');
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    await waitFor(() => expect(screen.getByLabelText('Last day')).toHaveFocus());
    expect(within(line()).getByLabelText('Tickets')).toHaveAttribute('aria-invalid', 'true');
    expect(sent('POST', /ingest/)).toHaveLength(0);
  });

  it('a new ticket line shows no errors before it is touched or the form is sent', async () => {
    const user = userEvent.setup();
    await openForm();
    await user.type(within(line()).getByLabelText('Tickets'), '-1');
    await user.type(within(line()).getByLabelText(/Revenue/), '10');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Add a ticket line' }));
    const second = screen.getByRole('group', { name: 'Ticket line 2' });
    await user.type(within(line()).getByLabelText('Tickets'), '0'); // another change re-validates every line
    await user.tab();
    expect(within(line()).getByLabelText('Tickets')).toHaveAttribute('aria-invalid', 'true');
    expect(within(second).getByLabelText('Tickets')).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(second).queryByText(/^Enter the/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    expect(await within(second).findByText('Enter the number of tickets (0 if none were sold).')).toBeInTheDocument();
  });

  it('a line added after a refused submit waits too; the next submit marks it', async () => {
    const user = userEvent.setup();
    await openForm();
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    expect(await within(line()).findByText('Enter the number of tickets (0 if none were sold).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a ticket line' }));
    const second = screen.getByRole('group', { name: 'Ticket line 2' });
    await user.type(within(line()).getByLabelText('Tickets'), '3'); // re-validates every line
    await user.tab();
    expect(within(second).getByLabelText('Tickets')).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(second).queryByText(/^Enter the/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add sales' }));
    expect(await within(second).findByText('Enter the number of tickets (0 if none were sold).')).toBeInTheDocument();
    expect(sent('POST', /ingest/)).toHaveLength(0);
  });
});
