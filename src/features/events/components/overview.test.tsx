import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { recordRequests, setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { session } from '@/lib/api';
import { formatMoney, formatNumber, formatRatio } from '@/lib/format';
import { addFault, clearFaults } from '../../../../mocks/scenarios/faults';
import { resetMock } from '../../../../mocks/db/store';
import { allRecords, updateEvent } from '../../../../mocks/db/events';
import { fetchCampaignStatistics, fetchEventStatistics, fetchFlaggedEvents } from '../api/fetchers';

const server = setupMockApi();
const { sent } = recordRequests(server);

const NOW = new Date('2026-11-20T08:00:00Z');
const tile = (label: string | RegExp) => screen.getByText(label, { selector: '.kpi-tile__label' }).closest('.kpi-tile') as HTMLElement;
const panel = (name: string) => screen.getByRole('heading', { name }).closest('section') as HTMLElement;

signInEachTest({ now: new Date('2026-11-20T09:00:00Z') });

describe('overview', () => {
  it('shows the portfolio, campaign and flagged figures as the API reports them, formatted', async () => {
    const [stats, campaigns, flagged] = await Promise.all([fetchEventStatistics({}), fetchCampaignStatistics(), fetchFlaggedEvents({ limit: 1 })]);
    renderApp('/');
    await screen.findByText('Ticket revenue', { selector: '.kpi-tile__label' });
    expect(tile('Ticket revenue')).toHaveTextContent(formatMoney(stats.revenue, 'EUR', { short: true }));
    expect(tile('Ticket revenue')).toHaveTextContent(formatMoney(stats.revenue, 'EUR'));
    expect(tile('ROAS')).toHaveTextContent(formatRatio(stats.roas));
    expect(tile('Tickets sold')).toHaveTextContent(formatNumber(stats.purchases));
    expect(tile('Ad spend')).toHaveTextContent(formatMoney(stats.spent, 'EUR'));
    expect(panel('Portfolio')).toHaveTextContent('Every date, past and upcoming. Hidden events are not counted. ROAS covers the events with campaign results.');
    // the counts by campaign status are said once, in the Campaigns block: each one a link to its list
    expect(within(panel('Portfolio')).queryByRole('link')).toBeNull();
    expect(panel('Portfolio')).not.toHaveTextContent(/running|ignored/i);
    await screen.findByText('Ignored', { selector: '.kpi-tile__label' });
    const counts = within(panel('Campaigns')).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(counts).toEqual([
      [`All events ${formatNumber(campaigns.total)}`, '/campaigns?range=all'],
      [`Running ${formatNumber(campaigns.running)}`, '/campaigns?campaign_status=RUNNING&range=all'],
      [`Open ${formatNumber(campaigns.open)}`, '/campaigns?campaign_status=OPEN&range=all'],
      [`Closed ${formatNumber(campaigns.closed)}`, '/campaigns?campaign_status=CLOSED&range=all'],
      [`Ignored ${formatNumber(campaigns.ignored)}`, '/campaigns?campaign_status=IGNORED&range=all'],
    ]);
    // the same figures as the portfolio's: the API's ignored is all the rest, no event is without a status
    expect([campaigns.total, campaigns.running, campaigns.open, campaigns.closed]).toEqual([stats.total, stats.running, stats.open, stats.closed]);
    expect(campaigns.ignored).toBe(stats.total! - stats.open! - stats.running! - stats.closed!);

    const flaggedPanel = await screen.findByRole('heading', { name: /Flagged/ }).then((h) => h.closest('section') as HTMLElement);
    expect(flaggedPanel).toHaveTextContent(`${formatNumber(flagged.total)} events`);
    // the count takes in past events too: the list says how many of them are still to come
    const comingUp = await fetchFlaggedEvents({ since: '2026-11-20', limit: 1 });
    expect(comingUp.total).toBeLessThan(flagged.total);
    expect(await within(flaggedPanel).findByText(`${formatNumber(comingUp.total)} of them coming up; the next:`)).toBeInTheDocument();
    expect(await within(panel('Next 14 days')).findAllByRole('row')).not.toHaveLength(0);
    // the events behind their benchmark are one click away, most behind first
    expect(within(panel('Next 14 days')).getByRole('link', { name: /^\d+ below$/ })).toHaveAttribute('href', '/events?range=next-14&sort=benchmark_gap');
  });

  it('"Next 14 days" is today and the 13 days after: an event on the 15th day is not in it', async () => {
    // Bravo (today Fri 20 Nov) plays on Wed 25 Nov and on Fri 4 Dec, the 15th day
    session.selectPartner('partner-id-bravo');
    renderApp('/');
    const table = await screen.findByRole('table', { name: 'Events in the next 14 days' });
    expect(await within(table).findByRole('link', { name: /ZSC Lions vs\. HC Lugano/ })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: /EHC Biel/ })).toBeNull();
    expect(panel('Next 14 days')).toHaveTextContent(/(^|\D)1 event · /);
    const upcoming = sent('GET', /\/api\/v3\/events\/$/).map((r) => r.url.searchParams).find((q) => q.get('since') === '2026-11-20');
    expect(upcoming?.get('until')).toBe('2026-12-03');
  });

  it('"All flagged events" opens the list of exactly the flagged events', async () => {
    const flagged = await fetchFlaggedEvents({ limit: 1 });
    const { router } = renderApp('/');
    const flaggedPanel = await screen.findByRole('heading', { name: /Flagged/ }).then((h) => h.closest('section') as HTMLElement);
    await userEvent.click(within(flaggedPanel).getByRole('link', { name: 'All flagged events' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/events'));
    expect(await screen.findByRole('checkbox', { name: 'Only flagged events' })).toBeChecked();
    await waitFor(() => expect(document.querySelector('.events-list__count')).toHaveTextContent(new RegExp(`^${formatNumber(flagged.total)} events`)));
    const flags = screen.getAllByRole('button', { name: /^Flag / });
    expect(flags.every((b) => b.getAttribute('aria-pressed') === 'true')).toBe(true);
  });

  it('a hidden event with a running campaign counts nowhere: the Running tile matches the portfolio figures and the list it opens', async () => {
    const [running] = allRecords('partner-id-acme').filter((r) => r.row.campaign_status === 'RUNNING' && r.row.frontend_status === 'DEFAULT');
    updateEvent('partner-id-acme', running!.row.id, { frontend_status: 'HIDDEN' });
    const stats = await fetchEventStatistics({});
    renderApp('/');
    await screen.findByText('Running', { selector: '.kpi-tile__label' });
    const tileLink = screen.getByRole('link', { name: /^Running \d/ });
    expect(tileLink).toHaveTextContent(formatNumber(stats.running));
    expect(tileLink).toHaveAttribute('href', '/campaigns?campaign_status=RUNNING&range=all');
    // and "All" is the portfolio's "of N": the same events
    expect(screen.getByRole('link', { name: /^All events \d/ })).toHaveTextContent(formatNumber(stats.total));
  });

  it('an empty account: says there is nothing to count yet, no flagged panel, no upcoming events', async () => {
    resetMock({ scenario: 'empty', now: NOW });
    renderApp('/');
    // the mock answers every figure null for no events: that says no figures, not no events
    expect(await screen.findByText('No portfolio figures yet.')).toBeInTheDocument();
    expect(within(panel('Portfolio')).queryByText('Ticket revenue')).toBeNull(); // not a row of "—" tiles
    expect(within(panel('Portfolio')).getByRole('link', { name: 'Show hidden events' })).toHaveAttribute('href', '/events?hidden=1&range=all');
    await screen.findByText('Ignored', { selector: '.kpi-tile__label' });
    expect(tile('Ignored')).toHaveTextContent('—');
    expect(await within(panel('Next 14 days')).findByText('No events in the next 14 days.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Flagged/ })).not.toBeInTheDocument();
  });

  it('a count of 0 says there are no events to count', async () => {
    const none = { total: 0, open: 0, running: 0, closed: 0, revenue: null, spent: null, roas: null, purchases: null, currency: null };
    server.use(http.get('*/api/v3/events/statistics', () => HttpResponse.json(none)));
    renderApp('/');
    expect(await screen.findByText('No events to count yet.')).toBeInTheDocument();
    expect(screen.queryByText('Ticket revenue', { selector: '.kpi-tile__label' })).toBeNull();
  });

  it('holds the flagged panel\'s place while its count loads, then shows it last on the page', async () => {
    addFault({ method: 'GET', path: '/api/v3/events/flagged/', kind: 'hang', times: 2 });
    renderApp('/');
    expect(await screen.findByRole('status', { name: 'Loading the flagged events' })).toBeInTheDocument();
    await screen.findByText('Ticket revenue', { selector: '.kpi-tile__label' });
    expect(screen.getByRole('status', { name: 'Loading the flagged events' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Flagged/ })).not.toBeInTheDocument();
  });

  it('a failed flagged card comes back whole with one Try again (its count and its next events)', async () => {
    // both of the card's reads fail (the count and the next ones share the path)
    addFault({ method: 'GET', path: '/api/v3/events/flagged/', status: 403 });
    renderApp('/');
    const alert = (await screen.findByText('Could not load the flagged events', {}, { timeout: 5000 })).closest('[role="alert"]') as HTMLElement;
    clearFaults();
    await userEvent.click(within(alert).getByRole('button', { name: /Try again/ }));
    const flaggedPanel = await screen.findByRole('heading', { name: /Flagged/ }).then((h) => h.closest('section') as HTMLElement);
    expect(await within(flaggedPanel).findByRole('list', { name: 'Next flagged events' })).toBeInTheDocument();
    await waitFor(() => expect(within(flaggedPanel).getAllByRole('link').length).toBeGreaterThan(1));
    expect(within(flaggedPanel).queryByText(/Could not load the next flagged events/)).toBeNull();
  });

  it('orders the page: portfolio and campaign figures, the next 14 days, flagged events last', async () => {
    renderApp('/');
    const flagged = await screen.findByRole('heading', { name: /Flagged/ });
    const page = screen.getByRole('heading', { level: 1, name: 'Overview' }).closest('section') as HTMLElement;
    const headings = within(page).getAllByRole('heading', { level: 2 }).map((h) => h.textContent?.replace(/\W+/g, ' ').trim());
    expect(headings).toEqual(['Portfolio', 'Campaigns', 'Next 14 days', 'Flagged']);
    expect(page.lastElementChild).toContainElement(flagged);
    expect(within(panel('Next 14 days')).getByRole('link', { name: /in the events list|events in the next 14 days/ })).toHaveAttribute('href', '/events?range=next-14');
  });

  it('one failing panel shows its own error with retry; the others still render', async () => {
    addFault({ method: 'GET', path: '/api/v3/campaigns/statistics', status: 403 });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the campaign figures');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(await screen.findByText('Ticket revenue', { selector: '.kpi-tile__label' })).toBeInTheDocument();
  });
});
