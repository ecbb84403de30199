import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { campaignPageSetup, open, runningEvent } from '@/testing/campaign-page';
import { failedAfterLeaving } from '@/lib/failed-after-leaving';

const { server } = campaignPageSetup();
afterEach(() => failedAfterLeaving.clear());

/**
 * Holds the event's PUTs to `field` until `release` answers them (all at once) with `respond`;
 * `respond` returning undefined lets the mock API take them.
 */
function holdWrites(field: string) {
  let answer: (() => Response | undefined) | null = null;
  const waiting: (() => void)[] = [];
  server.use(http.put(`*/api/v3/events/:eid/${field}`, async () => {
    if (!answer) await new Promise<void>((resolve) => waiting.push(resolve));
    return answer ? answer() : undefined;
  }));
  return (respond: () => Response | undefined) => { answer = respond; waiting.splice(0).forEach((go) => go()); };
}
const refused = () => HttpResponse.json({ message: 'error.refused' }, { status: 422 });

async function startPause() {
  await userEvent.click(screen.getByRole('button', { name: 'Pause all campaigns' }));
  await userEvent.click(screen.getByRole('button', { name: 'Pause campaigns' }));
  await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Pausing…'));
}

/** A running event's pause, refused once the user has gone on to the Campaigns list. */
async function pauseRefusedAfterLeaving() {
  const event = runningEvent();
  const release = holdWrites('client_campaign_status');
  const { router } = await open(event.id);
  await startPause();
  await router.navigate('/campaigns');
  await screen.findByRole('heading', { level: 1, name: 'Campaigns' });
  release(refused);
  return { event, release };
}

describe('campaign page: a write that settles after its page was left', () => {
  it('a pause that fails once the page is left is told in the shell, with a link back, until dismissed', async () => {
    const { event } = await pauseRefusedAfterLeaving();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Pausing the campaigns of ${event.title} failed. The server did not accept this request.`);
    const back = within(alert).getByRole('link', { name: 'Open its campaign page' });
    expect(back).toHaveAttribute('href', `/campaigns/${event.id}`);

    // back on the page, the alert stays (the page alone does not say the pause failed), without its link
    await userEvent.click(back);
    await screen.findByRole('heading', { level: 1, name: event.title });
    expect(screen.getByText('Campaigns are running.')).toBeInTheDocument();
    expect(within(screen.getByRole('alert')).queryByRole('link')).toBeNull();
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the alert goes once the same pause goes through later (back on the page, tried again)', async () => {
    const { event, release } = await pauseRefusedAfterLeaving();
    await userEvent.click(within(await screen.findByRole('alert')).getByRole('link', { name: 'Open its campaign page' }));
    await screen.findByRole('heading', { level: 1, name: event.title });
    release(() => undefined);
    await userEvent.click(screen.getByRole('button', { name: 'Pause all campaigns' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pause campaigns' }));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Campaigns paused.'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a failure seen on the page is told there only, not again once the page is left', async () => {
    const event = runningEvent();
    const release = holdWrites('client_campaign_status');
    const { router } = await open(event.id);
    await startPause();
    release(refused);
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Pausing failed —'));
    await router.navigate('/campaigns');
    await screen.findByRole('heading', { level: 1, name: 'Campaigns' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(failedAfterLeaving.all()).toEqual([]);
  });

  it('an optimisation change that fails once the page is left says which switch, which way, for which event', async () => {
    const event = runningEvent();
    const release = holdWrites('campaign_optimisation_status');
    const { router } = await open(event.id);
    const optimisation = screen.getByRole('switch', { name: 'Campaign optimisation' });
    expect(optimisation).toBeChecked();
    await userEvent.click(optimisation);
    await router.navigate('/campaigns');
    await screen.findByRole('heading', { level: 1, name: 'Campaigns' });
    release(() => HttpResponse.json({ message: 'error.internal' }, { status: 500 }));

    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent(`Turning campaign optimisation off for ${event.title} failed. The server had a problem. Please try again.`);
    expect(within(alert).getByRole('link', { name: 'Open its campaign page' })).toHaveAttribute('href', `/campaigns/${event.id}`);
  }, 20_000);

  it('a pause that goes through once the page is left shows in the campaigns list: it is read again', async () => {
    const event = runningEvent();
    const release = holdWrites('client_campaign_status');
    const { router } = await open(event.id);
    await startPause();
    await router.navigate(`/campaigns?range=all&q=${event.id}`);
    const row = async () => (await screen.findByRole('link', { name: event.title }, { timeout: 5000 })).closest('tr')!;
    expect(await row()).toHaveTextContent('Running');
    expect(await row()).not.toHaveTextContent('Paused');
    release(() => undefined);
    await waitFor(async () => expect(await row()).toHaveTextContent('Paused'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
