import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { recordRequests, setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { addFault } from '../../../../mocks/scenarios/faults';
import { formatNumber, formatZoneName } from '@/lib/format';
import { updateEvent } from '../../../../mocks/db/events';

const server = setupMockApi();
const { sent } = recordRequests(server);
const ACME = 'partner-id-acme';
signInEachTest({ partnerId: ACME });
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

  it('while a save is on its way, Cancel waits (closing would leave the save to land unseen)', async () => {
    const { user, dialog } = await openEditDialog();
    await user.type(within(dialog).getByLabelText('Title'), ' (new date)');
    addFault({ method: 'PUT', path: '/cr-api/events/*', kind: 'hang', times: 1 });
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByRole('button', { name: 'Cancel' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Edit event' })).toBeInTheDocument();
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

describe('EditEventButton: someone else changed the event (409)', () => {
  /** Title and capacity typed; meanwhile someone else sets the city and the capacity; the save is refused. */
  async function typeThenConflict() {
    const { user, dialog } = await openEditDialog();
    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Renamed show');
    const capacity = within(dialog).getByLabelText('Capacity');
    await user.clear(capacity);
    await user.type(capacity, '5000');
    updateEvent(ACME, EID, { city: 'Leipzig', capacity: 4321 });
    addFault({ method: 'PUT', path: '/cr-api/events/*', status: 409, times: 1 });
    return { user, dialog, title, capacity };
  }

  it('keeps what was typed, shows the other changes, marks the field both changed, and saves only the typed fields', async () => {
    const { user, dialog, title, capacity } = await typeThenConflict();
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was saved: the event was changed elsewhere while you were editing. The form now shows its latest version with your changes kept.');
    expect(title).toHaveValue('Renamed show');
    expect(capacity).toHaveValue('5000');
    expect(capacity).toHaveAccessibleDescription(new RegExp(`Changed meanwhile by someone else to “${formatNumber(4321)}”\\. Saving replaces it with yours\\.`));
    expect(within(dialog).getByLabelText('City')).toHaveValue('Leipzig');
    expect(within(dialog).getByLabelText('City')).not.toHaveAccessibleDescription(/Changed meanwhile/);

    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const puts = sent('PUT', /cr-api\/events\//);
    expect(puts).toHaveLength(2);
    // the city is not sent back: someone else's change stands
    expect(JSON.parse(puts[1]?.body ?? '')).toEqual({ title: 'Renamed show', capacity: 5000 });
  });

  it('when the event cannot be read again, says so and still keeps what was typed', async () => {
    const { user, dialog, title, capacity } = await typeThenConflict();
    addFault({ method: 'GET', path: `/api/*/events/${EID}`, kind: 'malformed', times: 1 });
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('its latest version could not be loaded. Your changes are kept; try saving again in a moment.');
    expect(title).toHaveValue('Renamed show');
    expect(capacity).toHaveValue('5000');
    expect(within(dialog).getByRole('button', { name: 'Save changes' })).toBeEnabled();
  });
});

describe('EditEventForm: the start', () => {
  it("names its zone as the event header does, at the time typed (summer and winter time), not by the zone's id", async () => {
    const { user, dialog } = await openEditDialog();
    const start = within(dialog).getByLabelText('Starts');
    const zone = (iso: string) => formatZoneName(iso, 'Europe/Berlin');
    expect(start).toHaveAccessibleDescription(`Local time (${zone('2026-08-18T18:00:00Z')})`);
    expect(start).not.toHaveAccessibleDescription(/Europe\/Berlin/);
    await user.clear(start);
    await user.type(start, '2026-12-18T20:00');
    expect(start).toHaveAccessibleDescription(`Local time (${zone('2026-12-18T19:00:00Z')})`);
  });
});
