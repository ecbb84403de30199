import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { recordRequests, setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';

/** "Add sales": a new ticket type must not be one the event already has (/sales?event=…, a past Acme event). */
const server = setupMockApi();
const EID = 'evt_1myr47h';
const { sent } = recordRequests(server);
signInEachTest({ partnerId: 'partner-id-acme', now: new Date('2026-11-20T09:00:00Z') });

const line = () => screen.getByRole('group', { name: 'Ticket line 1' });

async function openForm() {
  renderApp(`/sales?event=${EID}`);
  await screen.findByRole('group', { name: 'Ticket line 1' }, { timeout: 5000 });
}

describe('add sales: the ticket type', { timeout: 20_000 }, () => {
  it('a new type named like an existing category (other case, extra spaces) is refused, pointing at that category; nothing is sent', async () => {
    const user = userEvent.setup();
    await openForm();
    const select = within(line()).getByLabelText('Ticket type');
    // the category's display name, as the list shows it beside its code: "Grandstand (regular)"
    const label = within(select).getAllByRole('option').find((o) => o.getAttribute('value') === 'regular')?.textContent ?? '';
    const name = label.replace(/ \(regular\)$/, '');
    expect(name).not.toBe(label);

    await user.selectOptions(select, 'New ticket type…');
    await user.type(within(line()).getByLabelText('New type name'), ` ${name.toUpperCase().replace(' ', '  ')} `);
    await user.type(within(line()).getByLabelText('Tickets'), '4');
    await user.type(within(line()).getByLabelText(/Revenue/), '100');
    await user.click(screen.getByRole('button', { name: 'Add sales' }));

    await waitFor(() => expect(within(line()).getByLabelText('New type name')).toHaveAccessibleDescription(
      `The event already has this ticket type: choose “${label}” in the list instead.`,
    ));
    expect(sent('POST', /ingest/)).toHaveLength(0);
  });

  it('ticket types that could not be loaded: says why to load them first, and Try again loads them into the list', async () => {
    // refused until the user asks again (a failed prefetch is read again when the form mounts)
    let refuse = true;
    server.use(http.get('*/api/v3/events/:eid/tickets', () => (refuse ? HttpResponse.json({ detail: 'Bad request' }, { status: 400 }) : undefined)));
    const user = userEvent.setup();
    await openForm();
    const notice = await screen.findByText(/^The event's ticket types could not be loaded\./);
    expect(notice).toHaveRole('status');
    expect(notice).toHaveTextContent('Load them before naming a ticket type: without them, a type the event already has but typed differently is not caught and becomes a second type.');
    expect(within(line()).getByRole('option', { name: 'No known types' })).toBeInTheDocument();
    const reads = sent('GET', /\/tickets$/).length;
    refuse = false;

    await user.click(within(notice).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument());
    expect(sent('GET', /\/tickets$/).length).toBeGreaterThan(reads);
    expect(within(line()).getAllByRole('option').map((o) => o.getAttribute('value'))).toContain('regular');
  });
});
