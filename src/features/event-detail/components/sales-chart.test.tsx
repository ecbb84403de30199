import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { formatPercent } from '@/lib/format';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { allRecords } from '../../../../mocks/db/events';

const server = setupMockApi();
const ACME = 'partner-id-acme';
// the app's clock on the mock's day, so "past" and "upcoming" stay what they are
signInEachTest({ partnerId: ACME, now: new Date('2026-11-20T08:00:00Z') });
/** A past event of the seed (2026-08-18). */
const PAST = 'evt_1myr47h';

const point = (mapped_date: string, current: number | null, avg: number | null) => ({
  mapped_date, norm_tickets_sold_current: current, norm_tickets_sold_avg: avg,
});

async function chartWith(eid: string, sales: object[]) {
  server.use(http.get(`*/events/${eid}/sales-graph`, () => HttpResponse.json({ sales })));
  renderApp(`/events/${eid}`);
  const chart = await screen.findByRole('region', { name: 'Sales vs prediction' }, { timeout: 5000 });
  await within(chart).findByText(/^(Sold|No tickets|No sales)/, { selector: 'p' });
  const legend = within(chart).getByRole('list', { name: 'Sales chart legend' });
  return { chart, legend: within(legend).getAllByRole('listitem').map((li) => li.textContent) };
}

describe('SalesChart', () => {
  it('a past event says what was sold, not "so far"', async () => {
    const { chart } = await chartWith(PAST, [point('2026-08-01', 0.5, 0.4), point('2026-08-18', 0.9, 0.8)]);
    expect(chart).toHaveTextContent(`Sold: ${formatPercent(0.9)} of capacity; similar events at ${formatPercent(0.8)}.`);
    expect(chart).not.toHaveTextContent(/so far/);
  });

  it('an upcoming event says "so far"', async () => {
    const upcoming = allRecords(ACME).find((r) => r.row.start_date_time > '2026-12-01')?.row.id ?? '';
    const { chart } = await chartWith(upcoming, [point('2026-11-19', 0.3, 0.4), point('2026-12-20', null, 0.8)]);
    expect(chart).toHaveTextContent(`Sold so far: ${formatPercent(0.3)} of capacity`);
  });

  it('the legend lists only the curves that are drawn', async () => {
    const { legend } = await chartWith(PAST, [point('2026-08-01', 0.5, null), point('2026-08-18', 0.9, null)]);
    expect(legend).toEqual(['Sold', `${formatPercent(1)} of capacity`]);
  });

  it('with a benchmark curve the legend names it', async () => {
    const { legend } = await chartWith(PAST, [point('2026-08-01', 0.5, 0.4), point('2026-08-02', 0.55, 0.45)]);
    expect(legend).toEqual(['Sold', 'Similar events', `${formatPercent(1)} of capacity`]);
  });

  it('a curve of one point (the prediction of an event held today) is drawn as a marker, and the legend names it', async () => {
    const { legend } = await chartWith(PAST, [point('2026-08-01', 0.5, null), point('2026-08-18', 0.9, 0.8)]);
    expect(legend).toEqual(['Sold', 'Similar events', `${formatPercent(1)} of capacity`]);
  });
});
