import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { recordRequests, setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';

const server = setupMockApi();
const { sent } = recordRequests(server);
signInEachTest({ partnerId: 'partner-id-acme' });
/** A past event of the seed. */
const EID = 'evt_1myr47h';

async function openEditDialog() {
  const user = userEvent.setup();
  renderApp(`/events/${EID}`);
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  await user.click(screen.getByRole('button', { name: /Edit event/ }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Edit event' }) };
}

describe('EditEventButton: closing with unsaved changes', () => {
  it('Escape after a change asks first; Keep editing goes back to the form, Discard closes', async () => {
    const { user, dialog } = await openEditDialog();
    const city = within(dialog).getByLabelText('City');
    await user.clear(city);
    await user.type(city, 'Leipzig');
    await user.keyboard('{Escape}');

    const confirm = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull();
    expect(city).toHaveValue('Leipzig');
    expect(city).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: /Edit event/ })).toHaveFocus();
    expect(sent('PUT', /cr-api\/events\//)).toHaveLength(0);
  });

  it('without a change Escape closes at once', async () => {
    const { user } = await openEditDialog();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a field changed and changed back counts as no change', async () => {
    const { user, dialog } = await openEditDialog();
    const capacity = within(dialog).getByLabelText('Capacity');
    const saved = (capacity as HTMLInputElement).value;
    await user.type(capacity, '9');
    await user.type(capacity, '{Backspace}');
    expect(capacity).toHaveValue(saved);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
