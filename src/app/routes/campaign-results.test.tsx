import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { recordRequests, setupMockApi } from '@/testing/msw';
import { allRecords } from '../../../mocks/db/events';
import { addCampaignResult, campaignResults, deleteCampaignResult } from '../../../mocks/db/campaign-results';

/** The campaign page's post-campaign performance card: totals, manual adjustments. */
const server = setupMockApi();
const ACME = 'partner-id-acme';
const { requests } = recordRequests(server);
signInEachTest({ partnerId: ACME });

const calls = () => requests.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`);
const closedWithResults = () => allRecords(ACME).find((r) => campaignResults(ACME, r.row.id).length > 0)!.row;

async function open(eid: string) {
  renderApp(`/campaigns/${eid}`);
  await screen.findByRole('heading', { level: 1 }); // the first test also loads the lazy page module
}

describe('post-campaign performance', () => {
  it('totals with ROAS from the campaigns’ spend; add and delete a manual adjustment', async () => {
    const event = closedWithResults();
    const rows = campaignResults(ACME, event.id);
    const purchases = rows.reduce((s, r) => s + r.purchase, 0);
    await open(event.id);
    const card = screen.getByRole('region', { name: 'Post-campaign performance' });
    await waitFor(() => expect(within(card).getByText('Purchases', { selector: '.kpi-tile__label' }).nextElementSibling).toHaveTextContent(String(purchases)));
    await waitFor(() => expect(within(card).getByText(/on €.* spent/)).toBeInTheDocument());

    await userEvent.type(within(card).getByRole('textbox', { name: 'Purchases' }), '1.5');
    await userEvent.type(within(card).getByLabelText('Revenue (EUR)'), '-3');
    await userEvent.click(within(card).getByRole('button', { name: 'Add adjustment' }));
    expect(within(card).getByText('Purchases must be a whole number, e.g. 12.')).toBeInTheDocument();
    expect(within(card).getByText('Revenue cannot be negative.')).toBeInTheDocument();
    expect(calls().some((r) => r.startsWith('POST /api/v3/campaign_results'))).toBe(false);

    await userEvent.clear(within(card).getByRole('textbox', { name: 'Purchases' }));
    await userEvent.type(within(card).getByRole('textbox', { name: 'Purchases' }), '7');
    await userEvent.clear(within(card).getByLabelText('Revenue (EUR)'));
    await userEvent.type(within(card).getByLabelText('Revenue (EUR)'), '350');
    await userEvent.click(within(card).getByRole('button', { name: 'Add adjustment' }));
    await within(card).findByText('Adjustment added.');
    expect(calls()).toContain(`POST /api/v3/campaign_results/?eid=${event.id}&partner_id=${ACME}&purchase=7&revenue=350`);
    expect(within(card).getByText('Purchases', { selector: '.kpi-tile__label' }).nextElementSibling).toHaveTextContent(String(purchases + 7));
    expect(within(card).getByRole('textbox', { name: 'Purchases' })).toHaveValue('');
    // the event's daily revenue (overlay) is under ['event', eid] too: it was invalidated, not left stale
    expect(calls().filter((r) => r.startsWith(`GET /api/v3/campaign_results/`)).length).toBeGreaterThanOrEqual(2);

    await userEvent.click(within(card).getByRole('button', { name: /Delete the manual adjustment of 7 purchases/ }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this manual adjustment?' });
    expect(dialog).toHaveTextContent('7 purchases');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete adjustment' }));
    await within(card).findByText('Adjustment deleted.');
    // the deleted row's button is gone: focus continues from the card, not from the page's top
    await waitFor(() => expect(within(card).getByRole('heading', { name: 'Post-campaign performance' })).toHaveFocus());
    // the add's message went with it: never "added" beside "deleted"
    expect(within(card).queryByText('Adjustment added.')).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Delete the manual adjustment of 7 purchases/ })).not.toBeInTheDocument();
    expect(within(card).getByText('Purchases', { selector: '.kpi-tile__label' }).nextElementSibling).toHaveTextContent(String(purchases));
  });

  it('once an adjustment is stored the form is empty at once: leaving while the list re-reads asks nothing', async () => {
    const event = closedWithResults();
    const { router } = renderApp(`/campaigns/${event.id}`);
    const card = await screen.findByRole('region', { name: 'Post-campaign performance' });
    const user = userEvent.setup();
    await user.type(within(card).getByRole('textbox', { name: 'Purchases' }), '3');
    await user.type(within(card).getByLabelText('Revenue (EUR)'), '90');
    // the re-read after the add waits (falls through to the mock once released)
    let release = () => {};
    const gate = new Promise<void>((resolve) => { release = resolve; });
    server.use(http.get('*/campaign_results/', async () => { await gate; return undefined; }));
    await user.click(within(card).getByRole('button', { name: 'Add adjustment' }));
    await waitFor(() => expect(within(card).getByRole('textbox', { name: 'Purchases' })).toHaveValue(''));
    expect(calls()).toContain(`POST /api/v3/campaign_results/?eid=${event.id}&partner_id=${ACME}&purchase=3&revenue=90`);
    await user.click(screen.getByRole('link', { name: 'Events' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/events'));
    expect(screen.queryByRole('dialog', { name: 'Leave this page?' })).toBeNull();
    release();
  });

  it('refuses an all-zero adjustment next to the fields and sends nothing', async () => {
    await open(closedWithResults().id);
    const card = screen.getByRole('region', { name: 'Post-campaign performance' });
    const purchases = within(card).getByRole('textbox', { name: 'Purchases' });
    const revenue = within(card).getByLabelText('Revenue (EUR)');
    await userEvent.type(purchases, '0');
    await userEvent.type(revenue, '0.00');
    await userEvent.click(within(card).getByRole('button', { name: 'Add adjustment' }));
    const message = 'Enter purchases or revenue above 0: an adjustment of 0 purchases and 0 revenue changes nothing.';
    for (const input of [purchases, revenue]) {
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(message);
    }
    expect(within(card).getAllByText(message)).toHaveLength(1);
    expect(purchases).toHaveFocus(); // the keyboard is where the problem is
    expect(calls().some((r) => r.startsWith('POST /api/v3/campaign_results'))).toBe(false);
    expect(within(card).queryByText('Adjustment added.')).not.toBeInTheDocument();

    // revenue alone (a correction without purchases) is a real adjustment
    await userEvent.clear(revenue);
    await userEvent.type(revenue, '40');
    expect(purchases).not.toHaveAttribute('aria-invalid');
    await userEvent.click(within(card).getByRole('button', { name: 'Add adjustment' }));
    await within(card).findByText('Adjustment added.');
  });

  it('a failed save keeps the typed values and shows the server’s validation errors', async () => {
    const event = closedWithResults();
    server.use(
      http.post('*/campaign_results/', () =>
        HttpResponse.json({ message: 'error.validation', validation_errors: [{ field: 'revenue', code: 'too_large', message: 'Revenue exceeds the event’s total sales.' }] }, { status: 400 }),
      ),
    );
    await open(event.id);
    const card = screen.getByRole('region', { name: 'Post-campaign performance' });
    await userEvent.type(within(card).getByRole('textbox', { name: 'Purchases' }), '3');
    await userEvent.type(within(card).getByLabelText('Revenue (EUR)'), '99999999');
    await userEvent.click(within(card).getByRole('button', { name: 'Add adjustment' }));
    // far above the tickets' prices: confirmed first, then the server has its say
    await userEvent.click(await within(card).findByRole('checkbox', { name: /Save it anyway/ }));
    await userEvent.click(within(card).getByRole('button', { name: 'Add adjustment' }));
    expect(await within(card).findByText('Revenue exceeds the event’s total sales.')).toBeInTheDocument();
    expect(within(card).getByRole('alert')).toHaveTextContent('The server did not accept these values.');
    expect(within(card).getByRole('textbox', { name: 'Purchases' })).toHaveValue('3');
    expect(within(card).getByLabelText('Revenue (EUR)')).toHaveValue('99999999');
  });

  it('a revenue far above what the tickets cost is questioned at the field and sent only once confirmed', async () => {
    const event = closedWithResults();
    await open(event.id);
    const card = screen.getByRole('region', { name: 'Post-campaign performance' });
    const revenue = within(card).getByLabelText('Revenue (EUR)');
    const add = within(card).getByRole('button', { name: 'Add adjustment' });
    const posts = () => calls().filter((r) => r.startsWith('POST /api/v3/campaign_results'));
    await userEvent.type(within(card).getByRole('textbox', { name: 'Purchases' }), '5');
    await userEvent.type(revenue, '9999999');
    await userEvent.click(add);
    await waitFor(() => expect(revenue).toHaveAccessibleDescription(/^That is €1,999,999\.80 per purchase, more than 10 of this event’s dearest tickets \(€[\d,.]+ each\)\. Check the amount, or confirm below\.$/));
    expect(revenue).toHaveAttribute('aria-invalid', 'true');
    expect(revenue).toHaveFocus();
    expect(posts()).toEqual([]);

    // confirming holds for exactly these values: a new amount is asked about again
    const confirm = within(card).getByRole('checkbox', { name: 'Save it anyway: this revenue is right' });
    await userEvent.click(confirm);
    expect(revenue).not.toHaveAttribute('aria-invalid');
    await userEvent.type(revenue, '9');
    expect(revenue).toHaveAccessibleDescription(/per purchase, more than 10/);
    expect(confirm).not.toBeChecked();
    await userEvent.click(add);
    expect(posts()).toEqual([]);

    // a plausible amount goes straight through
    await userEvent.clear(revenue);
    await userEvent.type(revenue, '250');
    expect(within(card).queryByRole('checkbox', { name: /Save it anyway/ })).not.toBeInTheDocument();
    await userEvent.click(add);
    await within(card).findByText('Adjustment added.');
    expect(posts()).toEqual([`POST /api/v3/campaign_results/?eid=${event.id}&partner_id=${ACME}&purchase=5&revenue=250`]);
  });

  it('a save without a clear answer may have been added: says to check the list, which is read again, and keeps the values', async () => {
    const event = closedWithResults();
    server.use(http.post('*/campaign_results/', () => HttpResponse.json({ message: 'error.internal' }, { status: 503 }), { once: true }));
    await open(event.id);
    const card = screen.getByRole('region', { name: 'Post-campaign performance' });
    await userEvent.type(within(card).getByRole('textbox', { name: 'Purchases' }), '4');
    await userEvent.type(within(card).getByLabelText('Revenue (EUR)'), '120');
    const before = calls().length;
    await userEvent.click(within(card).getByRole('button', { name: 'Add adjustment' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('The server had a problem while saving. It may still have been added: check the adjustments below before adding it again.');
    expect(within(card).getByRole('alert')).not.toHaveTextContent(/try again/i);
    await waitFor(() => expect(calls().slice(before).filter((c) => c.startsWith('GET /api/v3/campaign_results'))).toHaveLength(1));
    expect(within(card).getByRole('textbox', { name: 'Purchases' })).toHaveValue('4');
  });

  it('a delete whose answer was lost, retried and answered "not found", is reported done: the row is gone', async () => {
    const event = closedWithResults();
    const row = addCampaignResult(ACME, event.id, 1, 99)!;
    // the server deletes the row, then the connection drops before its answer arrives
    server.use(http.delete('*/campaign_results/', () => { deleteCampaignResult(ACME, row.id); return HttpResponse.error(); }, { once: true }));
    await open(event.id);
    const card = screen.getByRole('region', { name: 'Post-campaign performance' });
    await userEvent.click(await within(card).findByRole('button', { name: /Delete the manual adjustment of 1 purchase, / }));
    expect(screen.getByRole('dialog')).toHaveTextContent('The adjustment of 1 purchase and');
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete adjustment' }));
    await within(card).findByText('Adjustment deleted.', {}, { timeout: 5000 });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls().filter((c) => c.startsWith(`DELETE /api/v3/campaign_results/?id=${row.id}`))).toHaveLength(2);
  });
});
