import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { formatPercent } from '@/lib/format';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';

const server = setupMockApi();
signInEachTest({ partnerId: 'partner-id-acme', now: new Date('2026-11-20T09:00:00Z') });
/** Events of the seed, upcoming (2026-12-20) and past (2026-08-18); their benchmark answers are replaced per test. */
const UPCOMING = 'evt_01sntms';
const PAST = 'evt_1myr47h';

async function cardWith(benchmark: object, eid = UPCOMING) {
  server.use(http.get(`*/events/${eid}/benchmark`, () => HttpResponse.json(benchmark)));
  renderApp(`/events/${eid}`);
  const card = await screen.findByRole('region', { name: 'Demand benchmark' }, { timeout: 5000 });
  await within(card).findByText(/Predicted|no prediction|^Sold \d/);
  return card;
}

describe('BenchmarkCard', () => {
  it('calls a tie "on par with benchmark" although the API says above, as the events list does', async () => {
    const card = await cardWith({ now: 1, prediction: { value: 1, benchmark: 1 }, state: 'above' });
    expect(card).toHaveTextContent('On par with benchmark');
    expect(card).not.toHaveTextContent('Above benchmark');
    expect(card).toHaveTextContent(`Predicted to sell ${formatPercent(1)} of capacity, in line with similar events (${formatPercent(1)}).`);
    expect(within(card).getByText('Sold now', { selector: 'dt' })).toBeInTheDocument();
  });

  it('a past event is judged by what it sold, not by its forecast; the prediction is still said', async () => {
    // forecast on benchmark (39 % vs 39 %), result 9 points above
    const card = await cardWith({ now: 0.48, prediction: { value: 0.39, benchmark: 0.39 }, state: 'above' }, PAST);
    expect(within(card).getByText(/benchmark$/, { selector: '.benchmark-state' })).toHaveTextContent('▲ Sold above benchmark');
    expect(card).toHaveTextContent(`Sold ${formatPercent(0.48)} of capacity, 9 points more than similar events (${formatPercent(0.39)}). The prediction was ${formatPercent(0.39)}.`);
    expect(card).not.toHaveTextContent('On par with benchmark');
    // what it sold, not "sold now"
    expect(within(card).getByText('Sold', { selector: 'dt' })).toBeInTheDocument();
    expect(within(card).queryByText('Sold now')).not.toBeInTheDocument();
  });

  it('a past event without a benchmark keeps the forecast\'s words', async () => {
    const card = await cardWith({ now: 0.48, prediction: { value: 0.5, benchmark: null }, state: null }, PAST);
    expect(card).toHaveTextContent('No benchmark');
    expect(card).toHaveTextContent('there is no benchmark of similar events');
  });

  it('shows a decimal when whole percents look equal but the prediction is above', async () => {
    const card = await cardWith({ now: 0.4, prediction: { value: 0.473, benchmark: 0.47 }, state: 'above' });
    expect(card).toHaveTextContent('Above benchmark');
    expect(card).toHaveTextContent(`Predicted to sell ${formatPercent(0.473, 1)} of capacity, 0.3 points more than similar events (${formatPercent(0.47, 1)}).`);
  });

  it('says the gap in points otherwise', async () => {
    const card = await cardWith({ now: 0.4, prediction: { value: 0.5, benchmark: 0.62 }, state: 'below' });
    expect(card).toHaveTextContent('Below benchmark');
    expect(card).toHaveTextContent(`Predicted to sell ${formatPercent(0.5)} of capacity, 12 points less than similar events (${formatPercent(0.62)}).`);
  });

  it('with a decimal shown, the gap is the difference of the figures as shown', async () => {
    const card = await cardWith({ now: 0.9, prediction: { value: 0.995, benchmark: 1 }, state: 'below' });
    expect(card).toHaveTextContent(`Predicted to sell ${formatPercent(0.995, 1)} of capacity, 0.5 points less than similar events (${formatPercent(1, 1)}).`);
  });

  it('a state without a benchmark value claims no direction', async () => {
    const card = await cardWith({ now: 0.4, prediction: { value: 0.5, benchmark: null }, state: 'above' });
    expect(card).toHaveTextContent('No benchmark');
    expect(card).not.toHaveTextContent('Above benchmark');
    expect(card).toHaveTextContent('there is no benchmark of similar events');
  });

  it('without a prediction it says so, without promising one', async () => {
    const card = await cardWith({ now: 0.4, prediction: null, state: null });
    expect(card).toHaveTextContent('No prediction');
    expect(card).toHaveTextContent('There is no prediction for this event.');
  });
});
