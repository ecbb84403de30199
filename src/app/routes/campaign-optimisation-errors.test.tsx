import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { ACME, campaignPageSetup, open, runningEvent } from '@/testing/campaign-page';
import { campaignsOf, updateEvent } from '../../../mocks/db/events';

const { server } = campaignPageSetup();

const refuseOnce = (field: string) =>
  server.use(http.put(`*/api/v3/events/:eid/${field}`, () => HttpResponse.json({ message: 'error.refused' }, { status: 422 }), { once: true }));
/** The control's row (its label, its switch or buttons, its outcome). */
const rowOf = (label: string) => screen.getByText(label, { selector: '.wave-control__label' }).closest('.wave-control') as HTMLElement;
const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('campaign page: optimisation errors', () => {
  it('a refused change says what the user asked for, then Retry, as Delivery does', async () => {
    const event = runningEvent();
    refuseOnce('campaign_optimisation_status');
    await open(event.id);
    await userEvent.click(screen.getByRole('switch', { name: 'Campaign optimisation' }));
    const row = rowOf('Campaign optimisation');
    const said = await within(row).findByText('Could not turn campaign optimisation off —');
    const retry = within(row).getByRole('button', { name: 'Retry' });
    // the words, then Retry (it came first, and the dash pointed at the switch)
    expect(follows(said, retry)).toBe(true);
    expect(said.parentElement).toBe(retry.parentElement);
    expect(row).toHaveTextContent('The server did not accept this request.');
    expect(within(row).getByRole('switch')).toHaveAttribute('aria-checked', 'true');
    expect(row).not.toHaveTextContent('Could not save');
  });

  it('Delivery says its failure in the same way: the words, then Retry, in one group', async () => {
    const event = runningEvent();
    refuseOnce('client_campaign_status');
    await open(event.id);
    await userEvent.click(screen.getByRole('button', { name: 'Pause all campaigns' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pause campaigns' }));
    await waitFor(() => expect(screen.getByTestId('delivery-status')).toHaveTextContent('Pausing failed —'));
    const retry = within(rowOf('Delivery')).getByRole('button', { name: 'Retry' });
    expect(screen.getByTestId('delivery-status').parentElement).toBe(retry.parentElement);
    expect(follows(screen.getByTestId('delivery-status'), retry)).toBe(true);
  });

  it('the error goes once the event is read again after a later successful write (a reset)', async () => {
    const event = runningEvent();
    const count = campaignsOf(ACME, event.id).length;
    refuseOnce('campaign_optimisation_status');
    await open(event.id);
    await userEvent.click(screen.getByRole('switch', { name: 'Campaign optimisation' }));
    const row = rowOf('Campaign optimisation');
    await within(row).findByText('Could not turn campaign optimisation off —');

    vi.setSystemTime(Date.now() + 60_000); // a minute later (the clock is frozen)
    await userEvent.click(screen.getByRole('button', { name: 'Reset setup…' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: `Delete ${count} campaigns and reset` }));
    await screen.findByText(`Setup reset: ${count} campaigns deleted.`);
    expect(row).not.toHaveTextContent('Could not turn');
    expect(within(row).queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('the error goes when the event reports the wished state: the change went through after all', async () => {
    const event = runningEvent();
    // the server takes it, then answers a failure
    server.use(http.put('*/api/v3/events/:eid/campaign_optimisation_status', () => {
      updateEvent(ACME, event.id, { campaign_optimisation_status: 'OFF' });
      return HttpResponse.json({ message: 'error.refused' }, { status: 422 });
    }, { once: true }));
    await open(event.id);
    const toggle = screen.getByRole('switch', { name: 'Campaign optimisation' });
    await userEvent.click(toggle);
    await waitFor(() => expect(screen.queryByText('Saving…')).toBeNull());
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(rowOf('Campaign optimisation')).not.toHaveTextContent('Could not');
    expect(within(rowOf('Campaign optimisation')).queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
