import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { formatDayRange, formatMoney } from '@/lib/format';
import { allRecords, campaignsOf, findRecord } from '../../../mocks/db/events';
import { defaultCampaignParameters } from '../../../mocks/db/clusters';
import { ACME, campaignPageSetup, ignoredEvent, open, runningEvent } from '@/testing/campaign-page';

const { server, requests, writes } = campaignPageSetup();

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

  it('puts the controls first before the event, and how it went first once it has begun', async () => {
    const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    const upcoming = await open(runningEvent().id);
    await screen.findByRole('heading', { name: 'Post-campaign performance' });
    expect(headings().indexOf('Controls')).toBeLessThan(headings().indexOf('Post-campaign performance'));
    upcoming.unmount();

    const past = allRecords(ACME).find((r) => r.meta.startMs < Date.now() && campaignsOf(ACME, r.row.id).length > 0)!.row;
    await open(past.id);
    await screen.findByRole('heading', { name: 'Post-campaign performance' });
    expect(headings().indexOf('Post-campaign performance')).toBeLessThan(headings().indexOf('Controls'));
    expect(headings().indexOf('Post-campaign performance')).toBe(0);
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

  it('a write whose re-read of the event fails keeps the page, its "Saved" and what was typed on it', async () => {
    const event = runningEvent();
    await open(event.id);
    const budget = await screen.findByLabelText('Budget (EUR)');
    await userEvent.clear(budget);
    await userEvent.type(budget, '1234');
    server.use(http.get('*/api/v3/events/:eid', () => HttpResponse.json({ message: 'error.forbidden' }, { status: 403 })));
    const toggle = screen.getByRole('switch', { name: 'Campaign optimisation' });
    await userEvent.click(toggle);
    await waitFor(() => expect(requests.filter((r) => r === `GET /api/v3/events/${event.id}`).length).toBeGreaterThan(0));
    await waitFor(() => expect(screen.getAllByText('Saved')).toHaveLength(1));
    // the server took it: the switch does not go back to the value the failed re-read still holds
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(screen.queryByText('Could not load this event')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(event.title);
    expect(screen.getByLabelText('Budget (EUR)')).toHaveValue('1234');
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

  it('suggestions: prefilled from the defaults, follow budget and goal, reject invalid input', async () => {
    const event = runningEvent();
    await open(event.id);
    const budget = await screen.findByLabelText('Budget (EUR)');
    const goal = screen.getByLabelText('Goal');
    expect(budget).not.toHaveValue('');
    expect(goal).toHaveValue('UTILIZATION');
    const suggested = await screen.findByRole('table', { name: /Suggested audiences/ });
    // said once, as the table's caption: no paragraph repeating it, no region named like the section
    expect(screen.getAllByText(/^Suggested audiences for /)).toEqual([suggested.querySelector('caption')]);
    expect(screen.queryByRole('region', { name: /^Audience suggestions, table/ })).toBeNull();
    // on narrow screens it scrolls sideways inside a box the keyboard can reach
    expect(suggested.parentElement).toHaveAttribute('tabindex', '0');
    // a running event has no "Start campaigns": the intro says its campaigns keep their settings
    expect(screen.getByRole('region', { name: 'Audience suggestions' })).toHaveTextContent('this event’s campaigns keep their own budget and audiences.');
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
    expect(within(table).getAllByText(/^\d\.\d of 5$/).length).toBeGreaterThan(0);
    // reach in full, as on the event page's taste clusters (was 184K here, 184,000 there)
    const reach = within(table).getAllByRole('row').slice(1).map((r) => r.querySelectorAll('td')[1]?.textContent ?? '');
    expect(reach.some((r) => /^\d{1,3}(,\d{3})+$/.test(r))).toBe(true);
    expect(reach.filter((r) => /[KM]$/.test(r))).toEqual([]);
  });

  it('a new goal keeps the previous suggestions on screen, marked stale and busy until the new ones come', async () => {
    const event = runningEvent();
    await open(event.id);
    await screen.findByRole('table', { name: /Suggested audiences/ });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    server.use(http.get('*/api/v3/events/:eid/suggested_tcs', async () => { await held; await delay(0); return undefined; }, { once: true }));
    await userEvent.selectOptions(screen.getByLabelText('Goal'), 'VISIBILITY');
    const previous = await screen.findByRole('table', { name: 'Previous suggestions (updating)' });
    expect(previous.closest('.stale-data')).not.toBeNull();
    expect(previous.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');

    release();
    const next = await screen.findByRole('table', { name: /goal: Visibility/ });
    expect(next.closest('.stale-data')).toBeNull();
    expect(next.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
  });

  it('no suggested budget readable: the empty field asks for one, without an error, until something is typed', async () => {
    const event = runningEvent();
    server.use(http.get('*/api/v3/events/:eid/default_campaigns_parameters', () => HttpResponse.json({ unexpected: true })));
    await open(event.id);
    const budget = await screen.findByLabelText('Budget (EUR)');
    expect(budget).toHaveValue('');
    expect(budget).not.toHaveAttribute('aria-invalid');
    expect(await screen.findByText('Enter a budget to see suggested audiences.')).toBeInTheDocument();
    expect(screen.queryByText('Enter a budget.')).toBeNull();
    await userEvent.type(budget, 'x');
    expect(await screen.findByText('Fix the highlighted field to see suggestions.')).toBeInTheDocument();
    expect(budget).toHaveAttribute('aria-invalid', 'true');
  });

  it('no currency known (none on the event, the partner unread): amounts are plain numbers, never a guessed euro', async () => {
    const event = runningEvent();
    const { currency: _dropped, ...withoutCurrency } = findRecord(ACME, event.id)!.row;
    server.use(
      http.get(`*/events/${event.id}`, () => HttpResponse.json(withoutCurrency)),
      http.get('*/partners/', () => HttpResponse.json({ detail: 'down' }, { status: 503 })),
    );
    await open(event.id);
    const table = await screen.findByRole('table', { name: 'Campaigns of this event' });
    const first = campaignsOf(ACME, event.id)[0]!;
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(formatMoney(first.budget, null));
    expect(table).not.toHaveTextContent(/€|EUR/);
    expect(await screen.findByLabelText('Budget')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Budget \(/)).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Revenue' })).toBeInTheDocument();
  });

  it('suggestions are not offered (nor asked for) when the account has campaign recommendations off', async () => {
    server.use(http.get('*/partners/', () => HttpResponse.json({
      id: ACME, name: 'Acme Concerts', currency: 'EUR', demand_prediction: true, campaign_recommendations: false, status: 'active',
    })));
    const event = runningEvent();
    await open(event.id);
    const card = await screen.findByRole('region', { name: 'Audience suggestions' });
    expect(await within(card).findByText(/turned off for this account/)).toBeInTheDocument();
    expect(within(card).queryByLabelText(/^Budget/)).toBeNull();
    expect(requests.some((r) => r.includes('suggested_tcs'))).toBe(false);
  });

  it('start asks first and says what goes live: how many campaigns, which clusters, the budget; Cancel sends nothing', async () => {
    const bare = ignoredEvent();
    const plan = defaultCampaignParameters(ACME, bare.id)!;
    await open(bare.id);
    await screen.findByText('No campaigns for this event.');
    expect(screen.getByRole('region', { name: 'Audience suggestions' })).toHaveTextContent('Start campaigns uses the settings Future Demand prepared.');
    // the setup's message goes once the campaigns start (it said "Open" while they run)
    await userEvent.click(screen.getByRole('button', { name: 'Initialise setup' }));
    await screen.findByText('Setup initialised: the campaign status is Open.');

    await userEvent.click(screen.getByRole('button', { name: 'Start campaigns' }));
    const dialog = screen.getByRole('dialog', { name: 'Start campaigns?' });
    // starting deletes nothing: its button is not styled as a destructive one
    expect(within(dialog).getByRole('button', { name: 'Start campaigns' })).toHaveClass('button--primary');
    expect(within(dialog).getByRole('button', { name: 'Start campaigns' })).not.toHaveClass('button--danger');
    const n = plan.clusters.length;
    await waitFor(() => expect(dialog).toHaveTextContent(`This starts ${n} campaign${n === 1 ? '' : 's'} for “${bare.title}” with a total budget of ${formatMoney(plan.total_budget, 'EUR')}`));
    expect(within(within(dialog).getByRole('list', { name: 'Audience clusters to start' })).getAllByRole('listitem')).toHaveLength(n);
    // the suggestions' budget and goal are a what-if, and the dialog says so
    expect(dialog).toHaveTextContent('a budget or goal tried in Audience suggestions is not applied');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(writes('client_campaign_status')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Start campaigns' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Start campaigns?' })).getByRole('button', { name: 'Start campaigns' }));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Campaigns started.'));
    expect(writes('client_campaign_status')).toEqual([`PUT /api/v3/events/${bare.id}/client_campaign_status?client_campaign_status=RUNNING`]);
    await screen.findByRole('table', { name: 'Campaigns of this event' });
    expect(screen.queryByText('Setup initialised: the campaign status is Open.')).not.toBeInTheDocument();
  });

  it('a past event: nothing to start, set up, optimise or target — each part says so', async () => {
    const past = allRecords(ACME).find((r) => campaignsOf(ACME, r.row.id).length === 0 && r.meta.startMs < Date.parse('2026-10-01T00:00:00Z'))!.row;
    await open(past.id);
    await screen.findByText('No campaigns ran for this event.');
    expect(screen.queryByRole('button', { name: 'Start campaigns' })).not.toBeInTheDocument();
    const init = screen.getByRole('button', { name: 'Initialise setup' });
    expect(init).toBeDisabled();
    expect(init).toHaveAccessibleDescription(/The event is over/);
    // its campaigns (if it had any) are its results' history: no reset
    const reset = screen.getByRole('button', { name: 'Reset setup…' });
    expect(reset).toBeDisabled();
    expect(reset).toHaveAccessibleDescription(/campaigns it had stay on record/);
    for (const name of ['Campaign optimisation', 'Ad-level optimisation']) {
      expect(screen.getByRole('switch', { name })).toBeDisabled();
      expect(screen.getByRole('switch', { name })).toHaveAccessibleDescription(/The event is over/);
    }
    const suggestions = screen.getByRole('region', { name: 'Audience suggestions' });
    expect(suggestions).toHaveTextContent('No audience suggestions: the event is over.');
    expect(within(suggestions).queryByLabelText('Budget (EUR)')).not.toBeInTheDocument();
    expect(requests.some((r) => r.includes('suggested_tcs'))).toBe(false);
  });
});
