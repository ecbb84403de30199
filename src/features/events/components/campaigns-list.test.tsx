import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { formatMoneyForTile, formatNumber, formatRatio } from '@/lib/format';
import { listStatistics } from '../../../../mocks/db/event-stats';
import { parseListQuery, queryEvents } from '../../../../mocks/db/event-query';

const server = setupMockApi();

const rows = () => screen.queryAllByRole('row').filter((r) => within(r).queryAllByRole('link').length > 0);

signInEachTest({ now: new Date('2026-11-20T09:00:00Z') });

describe('Wave campaigns list', () => {
  it('filters by campaign status from the URL and shows the campaign columns', async () => {
    const urls: URL[] = [];
    const listener = ({ request }: { request: Request }) => { urls.push(new URL(request.url)); };
    server.events.on('request:start', listener);
    renderApp('/campaigns?campaign_status=RUNNING&range=all');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    server.events.removeListener('request:start', listener);
    expect(urls.find((u) => u.pathname.endsWith('/events/'))?.searchParams.getAll('campaign_status')).toEqual(['RUNNING']);
    for (const h of ['Campaign', 'Delivery', 'Optimisation', 'Active campaigns']) expect(screen.getByRole('columnheader', { name: h })).toBeInTheDocument();
    expect(rows().every((r) => within(r).getAllByText('Running').length > 0)).toBe(true);
    expect(within(rows()[0]!).getByText(/^Campaign level: (On|Off)$/)).toBeInTheDocument();
    // a running campaign whose delivery is paused says why it has no active campaigns
    const paused = rows().filter((r) => within(r).queryByText('Paused'));
    expect(paused.length).toBeGreaterThan(0);
    for (const r of paused) expect(within(r).getByText(/^(Active|None while paused)$/)).toBeInTheDocument();
    expect(paused.some((r) => within(r).queryByText('None while paused'))).toBe(true);
    // no flag/hide controls on this list
    expect(screen.queryByRole('button', { name: /^Hide / })).not.toBeInTheDocument();
  });

  it('the KPI strip filters the list; a row opens the campaign page', async () => {
    const { router } = renderApp('/campaigns');
    const strip = await screen.findByRole('heading', { name: 'Campaign status' }).then((h) => h.closest('section') as HTMLElement);
    // the API's status words, said once: "Running" also covers paused delivery
    expect(strip).toHaveTextContent('Running: campaigns started (delivery may be paused in Wave).');
    await userEvent.click(await within(strip).findByRole('link', { name: /Open/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?campaign_status=OPEN&range=all'));
    // the open campaigns' rows, not the previous list's still shown while they load
    await waitFor(() => expect(rows().length > 0 && rows().every((r) => within(r).queryAllByText('Open').length > 0)).toBe(true));
    const first = within(rows()[0]!).getAllByRole('link')[0]!;
    expect(first).toHaveAttribute('href', expect.stringMatching(/^\/campaigns\/[^/]+$/));
    await userEvent.click(rows()[0]!.querySelectorAll('td')[1]!);
    await waitFor(() => expect(router.state.location.pathname).toBe(first.getAttribute('href')));
  });

  it('after a status tile, the figures above the list never show the previous filter\'s totals: they are marked as updating until theirs come', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    const { router } = renderApp('/campaigns?range=all');
    const results = await screen.findByRole('region', { name: /^Results of the [\d,]+ listed events/ });
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    // the running events' statistics answer late; the list answers at once. Answering nothing,
    // this handler passes the request on to the mock once released.
    server.use(http.get('*/api/v3/events/statistics', async ({ request }) => {
      if (new URL(request.url).searchParams.has('campaign_status')) await held;
    }));
    const strip = screen.getByRole('heading', { name: 'Campaign status' }).closest('section') as HTMLElement;
    await userEvent.click(within(strip).getByRole('link', { name: /^Running/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?campaign_status=RUNNING&range=all'));
    await waitFor(() => expect(rows().length > 0 && rows().every((r) => within(r).queryAllByText('Running').length > 0)).toBe(true));
    expect(results).toHaveAccessibleName('Results of the listed events (every page; ROAS covers the events with campaign results) · updating…');
    expect(within(results).getByRole('group', { name: 'Ad spend' }).parentElement).toHaveAttribute('aria-busy', 'true');
    release();
    const running = await within(strip).findByRole('link', { name: /^Running/ });
    await waitFor(() => expect(results).toHaveAccessibleName(new RegExp(`^Results of the ${running.textContent?.replace(/\D/g, '')} listed events \\(`)));
    expect(within(results).getByRole('group', { name: 'Ad spend' }).parentElement).not.toHaveAttribute('aria-busy');
  });

  it("'Past 7 days' shows what last week's events sold, spent and returned: the list's filters sent to the statistics", async () => {
    const urls: URL[] = [];
    const listener = ({ request }: { request: Request }) => { urls.push(new URL(request.url)); };
    server.events.on('request:start', listener);
    renderApp('/campaigns?range=past-7');
    const results = await screen.findByRole('region', { name: /^Results of the \d+ listed events?/ });
    server.events.removeListener('request:start', listener);
    const asked = urls.find((u) => u.pathname.endsWith('/events/statistics') && u.searchParams.has('since'))!;
    // today is Fri 20 Nov: the seven days before it
    expect([asked.searchParams.get('since'), asked.searchParams.get('until')]).toEqual(['2026-11-13', '2026-11-19']);
    const query = parseListQuery(asked);
    if (Array.isArray(query)) throw new Error('the statistics query was refused');
    const expected = listStatistics('partner-id-acme', queryEvents('partner-id-acme', query));
    await waitFor(() => expect(within(results).getByRole('group', { name: 'Ad spend' })).toHaveTextContent(formatMoneyForTile(expected.spent, 'EUR').value));
    expect(within(results).getByRole('group', { name: 'ROAS' })).toHaveTextContent(formatRatio(expected.roas));
    expect(within(results).getByRole('group', { name: 'Tickets sold' })).toHaveTextContent(formatNumber(expected.purchases));
    expect(results).toHaveAccessibleName(`Results of the ${formatNumber(expected.total)} listed events (every page; ROAS covers the events with campaign results)`);
  });

  it('results whose statistics name no currency [kit] are in the partner’s currency, not plain numbers', async () => {
    server.use(http.get('*/events/statistics', ({ request }) => {
      const query = parseListQuery(new URL(request.url));
      if (Array.isArray(query)) return HttpResponse.json({}, { status: 422 });
      return HttpResponse.json({ ...listStatistics('partner-id-acme', queryEvents('partner-id-acme', query)), currency: null });
    }));
    renderApp('/campaigns?range=past-7');
    const results = await screen.findByRole('region', { name: /^Results of the \d+ listed events?/ });
    await waitFor(() => expect(within(results).getByRole('group', { name: 'Ad spend' })).toHaveTextContent('€'));
  });
});
