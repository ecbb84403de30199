import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { recordRequests, setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { addFault } from '../../../mocks/scenarios/faults';
import { findRecord } from '../../../mocks/db/events';

const server = setupMockApi();
const ACME = 'partner-id-acme';
/** Past event (2026-08-18) with a series, an automated and a manual campaign result. */
const PAST = 'evt_1myr47h';

const { sent } = recordRequests(server);
signInEachTest({ partnerId: ACME });

// The event page's writes: the attribution model and the edit dialog.

/** The past event's page with its "Edit event" dialog open. */
async function openEditDialog() {
  const user = userEvent.setup();
  renderApp(`/events/${PAST}`);
  await screen.findByRole('heading', { level: 1 });
  await user.click(screen.getByRole('button', { name: /Edit event/ }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Edit event' }) };
}

/** The model choices once the event's model is in (they are on screen, disabled, before). */
async function loadedModels(scope: HTMLElement) {
  await waitFor(() => expect(within(scope).getAllByRole('radio')[0]).toBeEnabled());
  return within(scope).getAllByRole('radio');
}

describe('event detail writes', () => {
  it('while the model loads, its choices are shown disabled with none chosen, and say so', async () => {
    addFault({ method: 'GET', path: '/api/v3/events/*/attribution_model', kind: 'hang', times: 1 });
    renderApp(`/events/${PAST}`);
    const results = await screen.findByRole('region', { name: 'Sales and campaigns' });
    const radios = within(results).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.querySelector('strong')?.textContent)).toEqual(['Future Demand', 'Meta', 'External']);
    for (const radio of radios) {
      expect(radio).toBeDisabled();
      expect(radio).not.toBeChecked();
    }
    expect(within(results).getByText('Loading the attribution model')).toHaveAttribute('role', 'status');
  });


  it('changing the attribution model saves it and refetches the KPIs and daily revenue', async () => {
    const user = userEvent.setup();
    renderApp(`/events/${PAST}`);
    const results = await screen.findByRole('region', { name: 'Sales and campaigns' });
    await loadedModels(results);
    // named apart from the Package Builder's attribution model, and what a change does is said before it is made
    expect(within(results).getByRole('group', { name: 'Campaign results source' })).toHaveAccessibleDescription(/A change applies to results attributed from now on; figures already shown are not recalculated\./);
    await user.click(within(results).getByRole('radio', { name: /Meta/ }));
    expect(within(results).getByRole('status')).toHaveTextContent('Not saved yet.');
    expect(sent('PUT', /attribution_model$/)).toHaveLength(0);
    await user.click(within(results).getByRole('button', { name: 'Use Meta for this event' }));
    expect(within(results).getByRole('radio', { name: /Meta/ })).toHaveFocus();
    await waitFor(() => expect(sent('PUT', /attribution_model$/)).toHaveLength(1));
    await waitFor(() => expect(sent('GET', /\/statistics$/)).toHaveLength(2));
    await waitFor(() => expect(sent('GET', /daily_revenue_summary\/$/)).toHaveLength(2));
    expect(within(results).getByRole('radio', { name: /Meta/ })).toBeChecked();
    expect(within(results).getByRole('status')).toHaveTextContent('Saved. Campaign results attributed from now on will use the Meta model; figures already shown are not recalculated.');
  });

  it('a chosen attribution model stays checked while its write is on its way', async () => {
    addFault({ method: 'PUT', path: '/api/v3/events/*/attribution_model', kind: 'hang' });
    // no pause after the click: the radio must be checked by the click itself, not a later render
    const user = userEvent.setup({ delay: null });
    renderApp(`/events/${PAST}`);
    const results = await screen.findByRole('region', { name: 'Sales and campaigns' });
    const other = (await loadedModels(results)).find((r) => !(r as HTMLInputElement).checked) as HTMLElement;
    await user.click(other);
    await user.click(within(results).getByRole('button', { name: /^Use .* for this event$/ }));
    expect(other).toBeChecked();
    expect(within(results).getByRole('status')).toHaveTextContent('Saving…');
  });

  it('a refused attribution model write keeps the choice on screen with the reason; "Keep" puts the saved one back', async () => {
    addFault({ method: 'PUT', path: '/api/v3/events/*/attribution_model', status: 400 });
    const user = userEvent.setup();
    renderApp(`/events/${PAST}`);
    const results = await screen.findByRole('region', { name: 'Sales and campaigns' });
    const radios = await loadedModels(results);
    const before = radios.find((r) => (r as HTMLInputElement).checked) as HTMLElement;
    const chosen = radios.find((r) => r !== before) as HTMLElement;
    await user.click(chosen);
    await user.click(within(results).getByRole('button', { name: /^Use .* for this event$/ }));
    expect(await within(results).findByRole('alert')).toHaveTextContent(/^The model could not be changed/);
    expect(chosen).toBeChecked();
    await user.click(within(results).getByRole('button', { name: /^Keep / }));
    expect(before).toBeChecked();
    expect(before).toHaveFocus();
    expect(within(results).queryByRole('alert')).toBeNull();
    expect(sent('PUT', /attribution_model$/)).toHaveLength(1);
  });

  it('moving through the attribution models with the arrow keys writes nothing', async () => {
    const user = userEvent.setup();
    renderApp(`/events/${PAST}`);
    const results = await screen.findByRole('region', { name: 'Sales and campaigns' });
    const checked = (await loadedModels(results)).find((r) => (r as HTMLInputElement).checked) as HTMLElement;
    checked.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(checked).not.toBeChecked();
    expect(within(results).getByRole('button', { name: /^Use .* for this event$/ })).toBeInTheDocument();
    expect(sent('PUT', /attribution_model$/)).toHaveLength(0);
  });

  it('edit: inline errors, a 422 next to the form with nothing lost, then a valid save', async () => {
    const { user, dialog } = await openEditDialog();
    const capacity = within(dialog).getByLabelText('Capacity');
    await user.clear(capacity);
    await user.type(capacity, '-5');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(capacity).toHaveAccessibleDescription(/whole number of at least 1/);
    expect(capacity).toHaveAttribute('aria-invalid', 'true');
    expect(sent('PUT', /cr-api\/events\//)).toHaveLength(0);

    await user.clear(capacity);
    await user.type(capacity, '999');
    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Renamed show');
    const product = within(dialog).getByLabelText('Partner product');
    await user.clear(product);
    await user.type(product, 'wave');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/partner product does not match/);
    expect(product).toHaveAccessibleDescription(/Not your partner/);
    expect(title).toHaveValue('Renamed show');
    expect(capacity).toHaveValue('999');

    await user.clear(product);
    await user.type(product, 'lookout');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Renamed show' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    const put = sent('PUT', /cr-api\/events\//).at(-1);
    expect(put?.url.search).toBe('?event_type=fdlive&partner_product=lookout');
    expect(findRecord(ACME, PAST)?.row).toMatchObject({ title: 'Renamed show', capacity: 999 });
    // the ticket categories keep their capacities: the panel says why its total differs from 999
    expect(await within(screen.getByRole('region', { name: 'Ticket categories' })).findByText(/^The categories hold .+ seats, more than the event's capacity of 999/)).toBeInTheDocument();
  });

  it('edit: a refusal with an unknown key (422) says so in words, never the key; what was typed stays', async () => {
    const { user, dialog } = await openEditDialog();
    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Renamed show');
    addFault({ method: 'PUT', path: '/cr-api/events/*', status: 422, times: 1 });
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was saved. The server did not accept this request.');
    expect(alert.textContent).not.toMatch(/error\.|injected/);
    expect(title).toHaveValue('Renamed show');
    expect(sent('PUT', /cr-api\/events\//)).toHaveLength(1);
  });

  it('edit: the category is chosen from labelled categories and saved as its code', async () => {
    const { user, dialog } = await openEditDialog();
    const category = within(dialog).getByRole('combobox', { name: 'Category' });
    expect(category).toHaveDisplayValue('Concert');
    expect(within(category).getAllByRole('option').map((o) => o.textContent)).toEqual(['Comedy', 'Concert', 'Fair', 'Product release', 'Sports', 'Theatre']);
    await user.selectOptions(category, 'Product release');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(JSON.parse(sent('PUT', /cr-api\/events\//).at(-1)?.body ?? '')).toEqual({ category: 'product_release' });
    expect(within(screen.getByRole('main')).getByText('Product release')).toBeInTheDocument();
  });

  it('edit: Cancel throws away what was typed and its errors; reopening shows the event as saved', async () => {
    const { user, dialog } = await openEditDialog();
    const title = within(dialog).getByLabelText('Title');
    const saved = (title as HTMLInputElement).value;
    await user.clear(title);
    await user.type(title, 'Not meant');
    const capacity = within(dialog).getByLabelText('Capacity');
    await user.clear(capacity);
    await user.type(capacity, 'abc');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(capacity).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    // something was typed: asked before it is thrown away
    await user.click(within(await screen.findByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: /Edit event/ }));
    const reopened = await screen.findByRole('dialog', { name: 'Edit event' });
    expect(within(reopened).getByLabelText('Title')).toHaveValue(saved);
    expect(within(reopened).getByLabelText('Capacity')).not.toHaveAttribute('aria-invalid', 'true');
    expect(sent('PUT', /cr-api\/events\//)).toHaveLength(0);
  });

  it('edit: a start moved into the past is questioned beside the field, and still saves', async () => {
    const { user, dialog } = await openEditDialog();
    const start = within(dialog).getByLabelText('Starts');
    expect(start).not.toHaveAccessibleDescription(/in the past/);

    fireEvent.change(start, { target: { value: '2020-01-10T20:00' } });
    expect(start).toHaveAccessibleDescription(/This start is in the past\. Check the date, or save if you are correcting a past event\./);
    expect(start).toHaveAttribute('aria-invalid', 'false');

    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(JSON.parse(sent('PUT', /cr-api\/events\//).at(-1)?.body ?? '{}')).toMatchObject({ start_date_time: '2020-01-10T19:00:00Z' });
  });
});
