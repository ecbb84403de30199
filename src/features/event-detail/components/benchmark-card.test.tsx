import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { formatPercent } from '@/lib/format';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';

const server = setupMockApi();
signInEachTest({ partnerId: 'partner-id-acme' });
/** A past event of the seed; its benchmark answer is replaced per test. */
const EID = 'evt_1myr47h';

async function cardWith(benchmark: object) {
  server.use(http.get(`*/events/${EID}/benchmark`, () => HttpResponse.json(benchmark)));
  renderApp(`/events/${EID}`);
  const card = await screen.findByRole('region', { name: 'Demand benchmark' }, { timeout: 5000 });
  await within(card).findByText(/Predicted|no prediction/);
  return card;
}

describe('BenchmarkCard', () => {
  it('calls a tie "on benchmark" although the API says above, as the events list does', async () => {
    const card = await cardWith({ now: 1, prediction: { value: 1, benchmark: 1 }, state: 'above' });
    expect(card).toHaveTextContent('On benchmark');
    expect(card).not.toHaveTextContent('Above benchmark');
    expect(card).toHaveTextContent(`Predicted to sell ${formatPercent(1)} of capacity, in line with similar events (${formatPercent(1)}).`);
    // the event is past: what it sold, not "sold now"
    expect(within(card).getByText('Sold', { selector: 'dt' })).toBeInTheDocument();
    expect(within(card).queryByText('Sold now')).not.toBeInTheDocument();
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
