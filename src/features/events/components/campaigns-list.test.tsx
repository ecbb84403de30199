import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';

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
});
