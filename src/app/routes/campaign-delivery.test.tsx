import { describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { ACME, campaignPageSetup, open, runningEvent } from '@/testing/campaign-page';
import { signInAs } from '@/testing/render-app';
import { formatDay } from '@/lib/format';
import { allRecords, campaignsOf, updateEvent } from '../../../mocks/db/events';
import { defaultCampaignParameters } from '../../../mocks/db/clusters';

const { server, requests } = campaignPageSetup();

/** Opens an upcoming event with running campaigns and pauses them (confirmed, then "Paused"). */
async function pauseRunningEvent() {
  const event = runningEvent();
  await open(event.id);
  await userEvent.click(screen.getByRole('button', { name: 'Pause all campaigns' }));
  await userEvent.click(screen.getByRole('button', { name: 'Pause campaigns' }));
  await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Campaigns paused.'));
  return event;
}

describe('campaign page: delivery (pause and resume)', () => {
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
    const event = await pauseRunningEvent();
    expect(requests.filter((r) => r.includes('client_campaign_status'))).toEqual([
      `PUT /api/v3/events/${event.id}/client_campaign_status?client_campaign_status=PAUSED`,
      `GET /api/v3/events/${event.id}/client_campaign_status/task`,
    ]);
    expect(screen.getByRole('button', { name: 'Resume all campaigns' })).toBeInTheDocument();
    expect(screen.getByText('Campaigns are paused.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Campaigns of this event' });
    await waitFor(() => expect(within(table).queryAllByText('Running')).toHaveLength(0));
  });

  it('while the pause is on its way the state line still says running: nothing is claimed early', async () => {
    const event = runningEvent();
    let release: () => void = () => undefined;
    server.use(http.put(/\/client_campaign_status$/, () => new Promise<undefined>((resolve) => { release = () => resolve(undefined); })));
    await open(event.id);
    await userEvent.click(screen.getByRole('button', { name: 'Pause all campaigns' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pause campaigns' }));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Pausing…'));
    expect(screen.getByText('Campaigns are running.')).toBeInTheDocument();
    expect(screen.queryByText('Campaigns are paused.')).not.toBeInTheDocument();
    // nor is "Resume" offered for campaigns that are still running: the button waits, named for now
    const action = screen.getByRole('button', { name: 'Pause all campaigns' });
    expect(action).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('button', { name: 'Resume all campaigns' })).not.toBeInTheDocument();
    await userEvent.click(action);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    release();
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Campaigns paused.'));
    expect(screen.getByText('Campaigns are paused.')).toBeInTheDocument();
  });

  it('a pause the server took, whose re-read of the event fails, still says paused everywhere', async () => {
    const event = runningEvent();
    await open(event.id);
    server.use(http.get('*/api/v3/events/:eid', () => HttpResponse.json({ message: 'error.forbidden' }, { status: 403 })));
    await userEvent.click(screen.getByRole('button', { name: 'Pause all campaigns' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pause campaigns' }));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Campaigns paused.'));
    expect(screen.getByText('Campaigns are paused.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume all campaigns' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Status' })).toHaveTextContent(/Delivery: Paused/);
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
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Campaigns paused.'));
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('a task still running after the PUT says the pause was requested, not done', async () => {
    const event = runningEvent();
    server.use(http.get('*/events/:eid/client_campaign_status/task', () => HttpResponse.json({ state: 'STARTED' }), { once: true }));
    await open(event.id);
    await userEvent.click(screen.getByRole('button', { name: 'Pause all campaigns' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pause campaigns' }));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Pause requested — the server is still applying it.'));
    expect(screen.getByTestId('delivery-status')).not.toHaveTextContent('Campaigns paused.');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('after pausing, the reset does not call the campaigns running, and its "Paused" goes with them', async () => {
    await pauseRunningEvent();
    await userEvent.click(screen.getByRole('button', { name: 'Reset setup…' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset the campaign setup?' });
    expect(dialog).not.toHaveTextContent(/still (running|live)/);
    await userEvent.click(within(dialog).getByRole('button', { name: /^Delete \d+ campaigns? and reset$/ }));
    await screen.findByText('No campaigns for this event.');
    expect(screen.getByRole('button', { name: 'Start campaigns' })).toBeInTheDocument();
    expect(screen.getByTestId('delivery-status')).toHaveTextContent(/^$/);
  });

  it('resume asks first, saying the campaigns spend again; Cancel sends nothing, confirmed it resumes', async () => {
    const event = await pauseRunningEvent();
    requests.length = 0;
    await userEvent.click(screen.getByRole('button', { name: 'Resume all campaigns' }));
    const dialog = screen.getByRole('dialog', { name: 'Resume all campaigns?' });
    expect(dialog).toHaveTextContent(/paused campaigns? of this event start showing ads and spending budget again/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(requests.filter((r) => r.includes('client_campaign_status'))).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Resume all campaigns' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Resume all campaigns?' })).getByRole('button', { name: 'Resume campaigns' }));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Campaigns resumed.'));
    expect(requests.filter((r) => r.startsWith('PUT'))).toEqual([`PUT /api/v3/events/${event.id}/client_campaign_status?client_campaign_status=RUNNING`]);
  });

  it('an event that has begun: paused campaigns are not offered to resume; it has "started" that day, is "over" after', async () => {
    const begun = await pauseRunningEvent();
    cleanup();
    const startMs = allRecords(ACME).find((r) => r.row.id === begun.id)!.meta.startMs;
    vi.setSystemTime(new Date(startMs + 3_600_000)); // an hour after it began
    await signInAs(ACME); // a token of that time
    await open(begun.id);
    // no end time in the API: an hour in, it may well still be on
    expect(await screen.findByText(/Campaigns are paused\. The event has started, so they are not resumed\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resume all campaigns' })).not.toBeInTheDocument();

    cleanup();
    vi.setSystemTime(new Date(startMs + 2 * 86_400_000));
    await signInAs(ACME);
    await open(begun.id);
    expect(await screen.findByText(/Campaigns are paused\. The event is over, so they are not resumed\./)).toBeInTheDocument();
  });

  it('a page left open past the start locks itself then: Resume goes, and the page says why', async () => {
    const event = await pauseRunningEvent();
    cleanup();
    // the event starts a second after the page opens (the mock's clock and the page's are one)
    updateEvent(ACME, event.id, { start_date_time: new Date(Date.now() + 1000).toISOString() });
    await open(event.id);
    expect(await screen.findByRole('button', { name: 'Resume all campaigns' })).toBeEnabled();
    vi.setSystemTime(new Date(Date.now() + 5000));
    expect(await screen.findByText(/Campaigns are paused\. The event has started, so they are not resumed\./, undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resume all campaigns' })).not.toBeInTheDocument();
  });

  it('a cancelled event: campaigns are neither started nor resumed, but running ones can be paused', async () => {
    const event = runningEvent();
    updateEvent(ACME, event.id, { status: 'cancelled' });
    await open(event.id);
    await screen.findByRole('table', { name: 'Campaigns of this event' });
    // what is running spends budget for nothing: pausing stays
    await userEvent.click(screen.getByRole('button', { name: 'Pause all campaigns' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pause campaigns' }));
    expect(await screen.findByText(/Campaigns are paused\. The event is cancelled, so they are not resumed\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resume all campaigns' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Initialise setup' })).toBeDisabled();
    expect(screen.getByRole('switch', { name: 'Campaign optimisation' })).toHaveAccessibleDescription(/The event is cancelled, so this can no longer change\./);
  });

  it('a cancelled event without campaigns offers no Start', async () => {
    const event = allRecords(ACME).find((r) => r.row.client_campaign_status === null && campaignsOf(ACME, r.row.id).length === 0 && r.meta.startMs > Date.now())!.row;
    updateEvent(ACME, event.id, { status: 'cancelled' });
    await open(event.id);
    expect(await screen.findByText(/No campaigns have been started\. The event is cancelled, so campaigns cannot be started\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start campaigns' })).not.toBeInTheDocument();
  });

  it('pausing an event that has begun takes the button away: the keyboard lands on Delivery, not the page', async () => {
    const event = runningEvent();
    // slower than a frame: the button is still there (waiting) when the dialog hands focus back
    server.use(http.put(/\/client_campaign_status$/, async () => { await delay(300); }));
    const startMs = allRecords(ACME).find((r) => r.row.id === event.id)!.meta.startMs;
    cleanup();
    vi.setSystemTime(new Date(startMs + 3_600_000));
    await signInAs(ACME);
    await open(event.id);
    const pause = await screen.findByRole('button', { name: 'Pause all campaigns' });
    pause.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Pause all campaigns?' })).getByRole('button', { name: 'Pause campaigns' }));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Campaigns paused.'));
    expect(screen.queryByRole('button', { name: /all campaigns/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toHaveTextContent(/^Delivery/));
  });

  it('a task whose state is unknown (null) is "requested", not done', async () => {
    const event = runningEvent();
    server.use(http.get('*/events/:eid/client_campaign_status/task', () => HttpResponse.json({ state: null }), { once: true }));
    await open(event.id);
    await userEvent.click(screen.getByRole('button', { name: 'Pause all campaigns' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pause campaigns' }));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Pause requested — the server is still applying it.'));
  });

  it('campaigns started ahead of their run: the dialog names the day ads begin, and the page does not claim ads today', async () => {
    const later = allRecords(ACME).find((r) => campaignsOf(ACME, r.row.id).length === 0 && r.row.client_campaign_status === null
      && (defaultCampaignParameters(ACME, r.row.id)?.start_date ?? '') > '2026-11-20')!.row;
    const first = defaultCampaignParameters(ACME, later.id)!.start_date;
    await open(later.id);
    await userEvent.click(await screen.findByRole('button', { name: 'Start campaigns' }));
    const dialog = screen.getByRole('dialog', { name: 'Start campaigns?' });
    await waitFor(() => expect(dialog).toHaveTextContent(`They start showing ads and spending budget on ${formatDay(first)}, when their run begins`));
    expect(dialog).not.toHaveTextContent('right away');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start campaigns' }));
    expect(await screen.findByText(`Campaigns are running; their ads start on ${formatDay(first)}.`)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Campaigns of this event' });
    expect(within(table).getAllByText(`No ads before ${formatDay(first)}`).length).toBeGreaterThan(0);
  });

  it('cancelled while the page is open: the refused resume says why, in words', async () => {
    const event = await pauseRunningEvent();
    updateEvent(ACME, event.id, { status: 'cancelled' });
    await userEvent.click(screen.getByRole('button', { name: 'Resume all campaigns' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Resume all campaigns?' })).getByRole('button', { name: 'Resume campaigns' }));
    expect(await screen.findByText('The event is cancelled, so its campaigns cannot be started or resumed.')).toBeInTheDocument();
    expect(screen.getByTestId('delivery-status')).toHaveTextContent('Resuming failed');
  });
});
