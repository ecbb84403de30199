import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { formatPercent } from '@/lib/format';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { findRecord } from '../../../mocks/db/events';
import { benchmarkOf } from '../../../mocks/db/sales-graph';

const server = setupMockApi();
signInEachTest({ now: new Date('2026-11-20T09:00:00Z') });
const ACME = 'partner-id-acme';
/** Nürnberg Ice Tigers vs. ERC Ingolstadt, 18 Oct 2026: forecast 52 % vs 53 % (below), sold 57 %. */
const PAST = 'evt_015buyj';
/** An upcoming event (20 Dec 2026) that has sold some tickets already. */
const UPCOMING = 'evt_01sntms';

const rowFor = async (eid: string) => {
  const link = await screen.findByRole('link', { name: findRecord(ACME, eid)?.row.title }, { timeout: 5000 });
  return link.closest('tr') as HTMLElement;
};
const benchmarkCell = (row: HTMLElement) => row.querySelector('.bench') as HTMLElement;
/** The line under the list that says what the column holds. */
const legend = () => screen.getByText('Demand vs benchmark', { selector: 'strong' }).parentElement as HTMLElement;

describe('a past event in the lists and on its page', () => {
  it('the events list shows what it sold against similar events, the verdict its event page gives', async () => {
    const b = benchmarkOf(ACME, PAST);
    expect(b).toEqual({ now: 0.57, prediction: { value: 0.52, benchmark: 0.53 }, state: 'below' });
    const user = userEvent.setup();
    renderApp(`/events?range=past-90&q=${PAST}`);
    const row = await rowFor(PAST);
    expect(benchmarkCell(row)).toHaveTextContent(`▲ Sold above ${formatPercent(0.57)} vs ${formatPercent(0.53)}`);
    expect(row).not.toHaveTextContent('Below');
    // the legend says what the column holds for a list of past events
    expect(legend()).toHaveTextContent('Demand vs benchmark: the share of capacity each event sold, against similar events.');

    await user.click(within(row).getByRole('link', { name: findRecord(ACME, PAST)?.row.title }));
    const card = await screen.findByRole('region', { name: 'Demand benchmark' }, { timeout: 5000 });
    await waitFor(() => expect(within(card).getByText(/benchmark$/, { selector: '.benchmark-state' })).toHaveTextContent('▲ Sold above benchmark'));
    expect(card).toHaveTextContent(`Sold ${formatPercent(0.57)} of capacity, 4 points more than similar events (${formatPercent(0.53)}). The prediction was ${formatPercent(0.52)}.`);
  });

  it('the Campaigns list, with the same column, says the same', async () => {
    renderApp(`/campaigns?range=past-90&q=${PAST}`);
    expect(benchmarkCell(await rowFor(PAST))).toHaveTextContent(`▲ Sold above ${formatPercent(0.57)} vs ${formatPercent(0.53)}`);
  });

  it('a list that does not carry the share sold (the contract does not promise it) keeps the forecast, marked and explained', async () => {
    // the stored row, without the `now` the mock adds to its answers
    const row = findRecord(ACME, PAST)?.row;
    expect(row?.benchmark).not.toHaveProperty('now');
    server.use(http.get('*/api/v3/events/', () => HttpResponse.json({ total: 1, limit: 50, page: 1, pages: 1, items: [row] })));
    renderApp(`/events?range=past-90&q=${PAST}`);
    expect(benchmarkCell(await rowFor(PAST))).toHaveTextContent(`▼ Forecast below ${formatPercent(0.52)} vs ${formatPercent(0.53)}`);
    expect(legend()).toHaveTextContent('A past event whose sales are not known shows its forecast (“Forecast above”, “Forecast below”).');
  });

  it('an upcoming event keeps its forecast, and a list of both says which is which', async () => {
    const b = benchmarkOf(ACME, UPCOMING);
    expect(b?.now).toBeGreaterThan(0);
    renderApp(`/events?range=all&q=${UPCOMING}`);
    const row = await rowFor(UPCOMING);
    const value = b?.prediction?.value ?? 0;
    expect(benchmarkCell(row)).toHaveTextContent(new RegExp(`^. (Above|Below|On par) ${formatPercent(value)} vs ${formatPercent(b?.prediction?.benchmark)}$`));
    expect(row).not.toHaveTextContent('Sold');
    expect(legend()).toHaveTextContent(
      'Demand vs benchmark: the share of capacity each event is predicted to sell, or for a past event the share it sold, against similar events.',
    );
  });
});
