import { describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { allRecords, campaignsOf } from '../../../mocks/db/events';
import { ACME, campaignPageSetup, ignoredEvent, open, runningEvent } from '@/testing/campaign-page';

const { server, writes, requests } = campaignPageSetup();

describe('campaign page: setup (initialise and reset)', () => {
  it('initialise: only for an event without campaigns; PUT init_campaigns_setup and says so', async () => {
    const withCampaigns = runningEvent();
    await open(withCampaigns.id);
    await screen.findByRole('table', { name: 'Campaigns of this event' });
    const init = screen.getByRole('button', { name: 'Initialise setup' });
    expect(init).toBeDisabled();
    expect(init).toHaveAccessibleDescription(/has campaigns already: reset first/);
    cleanup();

    const bare = ignoredEvent();
    await open(bare.id);
    await screen.findByText('No campaigns for this event.');
    await userEvent.click(screen.getByRole('button', { name: 'Initialise setup' }));
    expect(await screen.findByText('Setup initialised: the campaign status is Open.')).toBeInTheDocument();
    expect(writes('init_campaigns_setup')).toHaveLength(1);
    // now Open without campaigns: ready, and neither call would change anything; the pressed
    // button refuses but stays focusable (disabled, it would drop the keyboard's place)
    const initAfter = screen.getByRole('button', { name: 'Initialise setup' });
    await waitFor(() => expect(initAfter).toHaveAttribute('aria-disabled', 'true'));
    expect(initAfter).toBeEnabled();
    expect(initAfter).toHaveAccessibleDescription(/^Ready for campaigns: /);
    await userEvent.click(initAfter);
    expect(writes('init_campaigns_setup')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Reset setup…' })).toBeDisabled();
  });

  it('an Ignored event without campaigns: initialise says what it is for (the status becomes Open); there is nothing to reset', async () => {
    const ignored = ignoredEvent();
    await open(ignored.id);
    await screen.findByText('No campaigns for this event.');
    const init = screen.getByRole('button', { name: 'Initialise setup' });
    expect(init).toBeEnabled();
    expect(init).toHaveAccessibleDescription('Initialise makes the event ready for campaigns: its campaign status, Ignored (left out of campaigns), becomes Open. There are no campaigns to reset.');
    expect(screen.getByRole('button', { name: 'Reset setup…' })).toBeDisabled();
  });

  it('an upcoming Open event without campaigns is ready for them: initialise and reset are not offered, and say why', async () => {
    const open_ = allRecords(ACME).find((r) => r.row.campaign_status === 'OPEN' && campaignsOf(ACME, r.row.id).length === 0 && r.meta.startMs > Date.parse('2026-11-25T00:00:00Z'))!.row;
    await open(open_.id);
    await screen.findByText('No campaigns for this event.');
    const ready = 'Ready for campaigns: the campaign status is Open and there are no campaigns to delete, so there is nothing to initialise or reset.';
    for (const name of ['Initialise setup', 'Reset setup…']) {
      const button = screen.getByRole('button', { name });
      if (name === 'Initialise setup') expect(button).toHaveAttribute('aria-disabled', 'true');
      else expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(ready);
      await userEvent.click(button);
    }
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(writes('init_campaigns_setup')).toEqual([]);
    expect(screen.queryByText(/Setup initialised/)).toBeNull();
  });

  it('a refused initialise (409, changed meanwhile) re-reads the event and its campaigns, so the page shows them as they are', async () => {
    const bare = ignoredEvent();
    server.use(http.put(`*/events/${bare.id}/init_campaigns_setup`, () => HttpResponse.json({ message: 'error.conflict' }, { status: 409 })));
    await open(bare.id);
    await screen.findByText('No campaigns for this event.');
    requests.length = 0;
    await userEvent.click(screen.getByRole('button', { name: 'Initialise setup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not initialise the setup. The event changed meanwhile; it is shown as it is now.');
    await waitFor(() => expect(requests).toContain(`GET /api/v3/events/${bare.id}`));
    expect(requests.some((r) => r.startsWith(`GET /api/v3/events/${bare.id}/campaigns`))).toBe(true);
  });

  it('initialise waits for the campaign list: not while it loads, nor when its read failed (it could mark a running event Open)', async () => {
    const event = runningEvent();
    server.use(http.get(`*/events/${event.id}/campaigns`, () => HttpResponse.json({ detail: 'refused' }, { status: 400 })));
    await open(event.id);
    const init = screen.getByRole('button', { name: 'Initialise setup' });
    expect(init).toBeDisabled();
    expect(init).toHaveAccessibleDescription(/once the campaign list below has loaded/);
    await screen.findByText(/Could not load the campaigns/);
    expect(init).toBeDisabled();
    await userEvent.click(init);
    expect(writes('init_campaigns_setup')).toEqual([]);
  });

  it('initialise keeps the keyboard on its button while the write runs', async () => {
    const bare = ignoredEvent();
    let answer: () => void = () => undefined;
    server.use(http.put(`*/events/${bare.id}/init_campaigns_setup`, () => new Promise<Response>((resolve) => { answer = () => resolve(new Response(null, { status: 204 })); })));
    await open(bare.id);
    await screen.findByText('No campaigns for this event.');
    const init = screen.getByRole('button', { name: 'Initialise setup' });
    init.focus();
    await userEvent.keyboard('{Enter}');
    const busy = await screen.findByRole('button', { name: 'Initialising…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    answer();
    expect(await screen.findByText('Setup initialised: the campaign status is Open.')).toBeInTheDocument();
    expect(writes('init_campaigns_setup')).toHaveLength(1);
  });

  it('reset asks first, says what will be lost, and clears the campaigns on confirm', async () => {
    const event = runningEvent();
    const count = campaignsOf(ACME, event.id).length;
    await open(event.id);
    await screen.findByRole('table', { name: 'Campaigns of this event' });
    await userEvent.click(screen.getByRole('button', { name: 'Reset setup…' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset the campaign setup?' });
    expect(dialog).toHaveTextContent(`deletes ${count} campaigns`);
    expect(dialog).toHaveTextContent(/total budget of €/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(writes('reset_campaigns_setup')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Reset setup…' }));
    await userEvent.click(screen.getByRole('button', { name: `Delete ${count} campaigns and reset` }));
    await screen.findByText('No campaigns for this event.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText(`Setup reset: ${count} campaigns deleted.`)).toBeInTheDocument();
    expect(writes('reset_campaigns_setup')).toHaveLength(1);
  });

  it('a confirmed reset while the browser says offline is sent at once and fails or succeeds there: never held to run unasked later', async () => {
    const event = runningEvent();
    const count = campaignsOf(ACME, event.id).length;
    await open(event.id);
    await screen.findByRole('table', { name: 'Campaigns of this event' });
    await userEvent.click(screen.getByRole('button', { name: 'Reset setup…' }));
    server.use(http.put(`*/events/${event.id}/reset_campaigns_setup`, () => HttpResponse.error()));
    act(() => onlineManager.setOnline(false));
    try {
      await userEvent.click(screen.getByRole('button', { name: `Delete ${count} campaigns and reset` }));
      const dialog = screen.getByRole('dialog', { name: 'Reset the campaign setup?' });
      expect(await within(dialog).findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(/The reset failed\. Could not reach the server/);
      // the way out is open again
      await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('dialog')).toBeNull();
    } finally {
      act(() => onlineManager.setOnline(true));
    }
    expect(writes('reset_campaigns_setup').length).toBeGreaterThan(0);
    expect(campaignsOf(ACME, event.id)).toHaveLength(count);
  }, 20_000);
});
