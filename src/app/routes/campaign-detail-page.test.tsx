import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp, signInAs } from '@/testing/render-app';
import { setupMockApi } from '@/testing/msw';
import { session } from '@/lib/api';
import { formatDayRange } from '@/lib/format';
import { allRecords, campaignsOf, findRecord } from '../../../mocks/db/events';
import { campaignResults } from '../../../mocks/db/campaign-results';

const server = setupMockApi();
const ACME = 'partner-id-acme';

let requests: string[] = [];
const onRequest = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  requests.push(`${request.method} ${url.pathname}${url.search}`);
};
beforeEach(async () => {
  requests = [];
  server.events.on('request:start', onRequest);
  await signInAs(ACME);
});
afterEach(() => {
  server.events.removeListener('request:start', onRequest);
  session.signOut();
});

const runningEvent = () =>
  allRecords(ACME).find((r) => r.row.client_campaign_status === 'RUNNING' && campaignsOf(ACME, r.row.id).length > 1 && r.meta.startMs > Date.parse('2026-11-20T08:00:00Z'))!.row;
const closedWithResults = () => allRecords(ACME).find((r) => campaignResults(ACME, r.row.id).length > 0)!.row;
const writes = (part: string) => requests.filter((r) => r.startsWith('PUT') && r.includes(part));

async function open(eid: string) {
  const view = renderApp(`/campaigns/${eid}`);
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 }); // the first test also loads the lazy page module
  return view;
}

describe('campaign detail page', () => {
  it('shows the event header and its campaigns with cluster labels, status, money and dates', async () => {
    const event = runningEvent();
    await open(event.id);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(event.title);
    const table = await screen.findByRole('table', { name: 'Campaigns of this event' });
    const rows = within(table).getAllByRole('row');
    const campaigns = campaignsOf(ACME, event.id);
    expect(rows).toHaveLength(campaigns.length + 2); // head + rows + footer
    const first = campaigns[0]!;
    const firstRow = rows[1]!;
    // the label comes from /clusters, not the raw key
    await waitFor(() => expect(within(firstRow).getByRole('rowheader')).not.toHaveTextContent(first.tc));
    expect(firstRow).toHaveTextContent(/Running|Paused/);
    expect(firstRow).toHaveTextContent(first.creative!.headline!);
    expect(firstRow).toHaveTextContent(/€/);
    // the run as one range, the shared parts said once
    expect(within(firstRow).getAllByRole('cell')[3]?.textContent).toBe(formatDayRange(first.start_date!, first.end_date!));
    expect(rows.at(-1)).toHaveTextContent(`${campaigns.length} campaigns`);
    // the footer says how many run and how many are paused (a paused campaign is not "running")
    const running = campaigns.filter((c) => c.status === 'RUNNING').length;
    const paused = campaigns.filter((c) => c.status === 'PAUSED').length;
    expect(rows.at(-1)).toHaveTextContent(paused ? `${running} running, ${paused} paused` : `${running} running`);
  });

  it('an optimisation switch writes by query string and keeps the new state after re-reading the event', async () => {
    const event = runningEvent();
    await open(event.id);
    const toggle = screen.getByRole('switch', { name: 'Campaign optimisation' });
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await waitFor(() => expect(screen.getAllByText('Saved')).toHaveLength(1));
    expect(writes('campaign_optimisation_status')).toEqual([`PUT /api/v3/events/${event.id}/campaign_optimisation_status?campaign_optimisation_status=OFF`]);
    expect(findRecord(ACME, event.id)!.row.campaign_optimisation_status).toBe('OFF');
    expect(toggle).toHaveAttribute('aria-checked', 'false');
  });

  it('five clicks in one burst: one write (the wishes cancel out), UI equal to the server', async () => {
    const event = runningEvent();
    await open(event.id);
    const toggle = screen.getByRole('switch', { name: 'Ad-level optimisation' });
    for (let i = 0; i < 5; i++) fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument());
    expect(writes('/ad_campaign_optimisation_status')).toEqual([
      `PUT /api/v3/events/${event.id}/ad_campaign_optimisation_status?ad_campaign_optimisation_status=OFF`,
    ]);
    expect(findRecord(ACME, event.id)!.row.ad_campaign_optimisation_status).toBe('OFF');
    expect(toggle).toHaveAttribute('aria-checked', 'false');
  });

  it('five separate clicks: never two writes at once, and the UI ends equal to the server', async () => {
    const event = runningEvent();
    let inFlight = 0;
    let maxInFlight = 0;
    server.use(
      http.put('*/events/:eid/campaign_optimisation_status', async () => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, 30));
        inFlight -= 1;
        return undefined; // fall through to the real mock handler
      }),
    );
    await open(event.id);
    const toggle = screen.getByRole('switch', { name: 'Campaign optimisation' });
    for (let i = 0; i < 5; i++) await userEvent.click(toggle);
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument());
    expect(maxInFlight).toBe(1);
    const server_ = findRecord(ACME, event.id)!.row.campaign_optimisation_status;
    expect(toggle).toHaveAttribute('aria-checked', String(server_ === 'ON'));
    expect(server_).toBe('OFF');
  });

  it('pause asks first; Cancel sends nothing', async () => {
    const event = runningEvent();
    const live = campaignsOf(ACME, event.id).filter((c) => c.status === 'RUNNING' || c.status === 'PAUSED').length;
    await open(event.id);
    await screen.findByRole('table', { name: 'Campaigns of this event' });
    await userEvent.click(screen.getByRole('button', { name: 'Pause all campaigns' }));
    const dialog = screen.getByRole('dialog', { name: 'Pause all campaigns?' });
    expect(dialog).toHaveTextContent(`The ${live} live campaign${live === 1 ? '' : 's'} of this event will stop showing ads`);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requests.filter((r) => r.includes('client_campaign_status'))).toEqual([]);
    expect(screen.getByText('Campaigns are running.')).toBeInTheDocument();
  });

  it('pause: PUT then one task read, "Paused", and the campaigns follow', async () => {
    const event = runningEvent();
    await open(event.id);
    await userEvent.click(screen.getByRole('button', { name: 'Pause all campaigns' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pause campaigns' }));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Paused'));
    expect(requests.filter((r) => r.includes('client_campaign_status'))).toEqual([
      `PUT /api/v3/events/${event.id}/client_campaign_status?client_campaign_status=PAUSED`,
      `GET /api/v3/events/${event.id}/client_campaign_status/task`,
    ]);
    expect(screen.getByRole('button', { name: 'Resume all campaigns' })).toBeInTheDocument();
    expect(screen.getByText('Campaigns are paused.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Campaigns of this event' });
    await waitFor(() => expect(within(table).queryAllByText('Running')).toHaveLength(0));
  });

  it('a failing task read shows "failed — retry"; retry pauses', async () => {
    const event = runningEvent();
    server.use(http.get('*/events/:eid/client_campaign_status/task', () => HttpResponse.json({ message: 'error.internal' }, { status: 500 }), { once: true }));
    await open(event.id);
    await userEvent.click(screen.getByRole('button', { name: 'Pause all campaigns' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pause campaigns' }));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Pausing failed —'));
    expect(screen.getByText(/^The server had a problem. Please try again./)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Paused'));
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('initialise: only for an event without campaigns; PUT init_campaigns_setup and says so', async () => {
    const withCampaigns = runningEvent();
    await open(withCampaigns.id);
    await screen.findByRole('table', { name: 'Campaigns of this event' });
    const init = screen.getByRole('button', { name: 'Initialise setup' });
    expect(init).toBeDisabled();
    expect(init).toHaveAccessibleDescription(/has campaigns already: reset first/);
    cleanup();

    const bare = allRecords(ACME).find((r) => campaignsOf(ACME, r.row.id).length === 0 && r.meta.startMs > Date.parse('2026-11-25T00:00:00Z'))!.row;
    await open(bare.id);
    await screen.findByText('No campaigns for this event.');
    await userEvent.click(screen.getByRole('button', { name: 'Initialise setup' }));
    expect(await screen.findByText('Setup initialised: the campaign status is Open.')).toBeInTheDocument();
    expect(writes('init_campaigns_setup')).toHaveLength(1);
  });

  it('reset asks first, says what will be lost, and clears the campaigns on confirm', async () => {
    const event = runningEvent();
    const count = campaignsOf(ACME, event.id).length;
    await open(event.id);
    await screen.findByRole('table', { name: 'Campaigns of this event' });
    await userEvent.click(screen.getByRole('button', { name: 'Reset setup…' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset the campaign setup?' });
    expect(dialog).toHaveTextContent(`deletes ${count} campaigns`);
    expect(dialog).toHaveTextContent(/total budget of €/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(writes('reset_campaigns_setup')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Reset setup…' }));
    await userEvent.click(screen.getByRole('button', { name: `Delete ${count} campaigns and reset` }));
    await screen.findByText('No campaigns for this event.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText(`Setup reset: ${count} campaigns deleted.`)).toBeInTheDocument();
    expect(writes('reset_campaigns_setup')).toHaveLength(1);
  });

  it('suggestions: prefilled from the defaults, follow budget and goal, reject invalid input', async () => {
    const event = runningEvent();
    await open(event.id);
    const budget = await screen.findByLabelText('Budget (EUR)');
    const goal = screen.getByLabelText('Goal');
    expect(budget).not.toHaveValue('');
    expect(goal).toHaveValue('UTILIZATION');
    await screen.findByRole('table', { name: /Suggested audiences/ });
    await userEvent.clear(budget);
    await userEvent.type(budget, '-5');
    expect(await screen.findByText('The budget must be more than 0.')).toBeInTheDocument();
    expect(budget).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((r) => r.includes('budget=-5'))).toBe(false);
    await userEvent.clear(budget);
    await userEvent.type(budget, '9000');
    await userEvent.selectOptions(goal, 'VISIBILITY');
    await waitFor(() => expect(requests).toContain(`GET /api/v3/events/${event.id}/suggested_tcs?budget=9000&goal=VISIBILITY`));
    const table = await screen.findByRole('table', { name: /€9,000.00, goal: Visibility/ });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(2);
    expect(within(table).getAllByText(/\d+%/).length).toBeGreaterThan(0);
  });
});

describe('post-campaign performance', () => {
  it('totals with ROAS from the campaigns’ spend; add and delete a manual adjustment', async () => {
    const event = closedWithResults();
    const rows = campaignResults(ACME, event.id);
    const purchases = rows.reduce((s, r) => s + r.purchase, 0);
    await open(event.id);
    const card = screen.getByRole('region', { name: 'Post-campaign performance' });
    await waitFor(() => expect(within(card).getByText('Purchases', { selector: 'dt' }).nextSibling).toHaveTextContent(String(purchases)));
    await waitFor(() => expect(within(card).getByText(/on €.* spent/)).toBeInTheDocument());

    await userEvent.type(within(card).getByLabelText('Purchases'), '1.5');
    await userEvent.type(within(card).getByLabelText('Revenue (EUR)'), '-3');
    await userEvent.click(within(card).getByRole('button', { name: 'Add adjustment' }));
    expect(within(card).getByText('Purchases must be a whole number, e.g. 12.')).toBeInTheDocument();
    expect(within(card).getByText('Revenue cannot be negative.')).toBeInTheDocument();
    expect(requests.some((r) => r.startsWith('POST /api/v3/campaign_results'))).toBe(false);

    await userEvent.clear(within(card).getByLabelText('Purchases'));
    await userEvent.type(within(card).getByLabelText('Purchases'), '7');
    await userEvent.clear(within(card).getByLabelText('Revenue (EUR)'));
    await userEvent.type(within(card).getByLabelText('Revenue (EUR)'), '350');
    await userEvent.click(within(card).getByRole('button', { name: 'Add adjustment' }));
    await within(card).findByText('Adjustment added.');
    expect(requests).toContain(`POST /api/v3/campaign_results/?eid=${event.id}&partner_id=${ACME}&purchase=7&revenue=350`);
    expect(within(card).getByText('Purchases', { selector: 'dt' }).nextSibling).toHaveTextContent(String(purchases + 7));
    expect(within(card).getByLabelText('Purchases')).toHaveValue('');
    // the event's daily revenue (overlay) is under ['event', eid] too: it was invalidated, not left stale
    expect(requests.filter((r) => r.startsWith(`GET /api/v3/campaign_results/`)).length).toBeGreaterThanOrEqual(2);

    await userEvent.click(within(card).getByRole('button', { name: /Delete the manual adjustment of 7 purchases/ }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this manual adjustment?' });
    expect(dialog).toHaveTextContent('7 purchases');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete adjustment' }));
    await within(card).findByText('Adjustment deleted.');
    expect(within(card).queryByRole('button', { name: /Delete the manual adjustment of 7 purchases/ })).not.toBeInTheDocument();
    expect(within(card).getByText('Purchases', { selector: 'dt' }).nextSibling).toHaveTextContent(String(purchases));
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
    await userEvent.type(within(card).getByLabelText('Purchases'), '3');
    await userEvent.type(within(card).getByLabelText('Revenue (EUR)'), '99999999');
    await userEvent.click(within(card).getByRole('button', { name: 'Add adjustment' }));
    // far above the tickets' prices: confirmed first, then the server has its say
    await userEvent.click(await within(card).findByRole('checkbox', { name: /Save it anyway/ }));
    await userEvent.click(within(card).getByRole('button', { name: 'Add adjustment' }));
    expect(await within(card).findByText('Revenue exceeds the event’s total sales.')).toBeInTheDocument();
    expect(within(card).getByRole('alert')).toHaveTextContent('The server did not accept these values.');
    expect(within(card).getByLabelText('Purchases')).toHaveValue('3');
    expect(within(card).getByLabelText('Revenue (EUR)')).toHaveValue('99999999');
  });

  it('a revenue far above what the tickets cost is questioned at the field and sent only once confirmed', async () => {
    const event = closedWithResults();
    await open(event.id);
    const card = screen.getByRole('region', { name: 'Post-campaign performance' });
    const revenue = within(card).getByLabelText('Revenue (EUR)');
    const add = within(card).getByRole('button', { name: 'Add adjustment' });
    const posts = () => requests.filter((r) => r.startsWith('POST /api/v3/campaign_results'));
    await userEvent.type(within(card).getByLabelText('Purchases'), '5');
    await userEvent.type(revenue, '99999999999999');
    await userEvent.click(add);
    await waitFor(() => expect(revenue).toHaveAccessibleDescription(/^That is €19,999,999,999,999\.80 per purchase, more than 10 of this event’s dearest tickets \(€[\d,.]+ each\)\. Check the amount, or confirm below\.$/));
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
});
