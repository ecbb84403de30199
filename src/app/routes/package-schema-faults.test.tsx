import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { addFault, clearFaults } from '../../../mocks/scenarios/faults';
import { renderApp, signInEachTest } from '@/testing/render-app';

// An answer of the wrong shape (the mock's "schema" fault) must read as an error, never as
// "0 customers" or an empty settings form that could be saved over the real settings.
setupMockApi();
signInEachTest();

const EVALUATION = '/api/v3/package_builder/packages/*/backhaul_evaluation';
const DETAILS = '/api/v3/package_builder/packages/*/backhaul_evaluation_details';

describe('package page: answers of the wrong shape', () => {
  it('an evaluation of the wrong shape shows an error with Try again, not zero results', async () => {
    addFault({ method: 'GET', path: EVALUATION, kind: 'schema' });
    renderApp('/package-builder/pkg_555');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Could not load the backhaul results/);
    expect(screen.queryByRole('heading', { name: 'No clusters in this evaluation' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Totals' })).toBeNull();

    clearFaults();
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: /Audience clusters/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Revenue' })).toHaveTextContent(/\d/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('settings of the wrong shape show an error instead of a blank form, and the numbers do not claim a model', async () => {
    addFault({ method: 'GET', path: DETAILS, kind: 'schema' });
    renderApp('/package-builder/pkg_555');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Could not load the settings/);
    // the results still show; the sentence says their settings are unknown, not "previous"
    expect(await screen.findByRole('table', { name: /Audience clusters/ })).toBeInTheDocument();
    expect(screen.getByText(/The settings behind these numbers could not be read\./)).toBeInTheDocument();
    expect(screen.queryByText('Numbers from the previous evaluation.')).toBeNull();
    // nothing to save over the real settings with
    expect(screen.queryByLabelText('Attribution window')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save and re-evaluate' })).toBeNull();

    clearFaults();
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Attribution window')).toHaveValue(14);
    expect(screen.getByRole('button', { name: 'Save and re-evaluate' })).toBeEnabled();
    expect(screen.getByTestId('model-sentence')).toHaveTextContent(/^Purchases of events in this package within 14 days/);
  });

  it('partner defaults of the wrong shape show an error instead of a blank form', async () => {
    addFault({ method: 'GET', path: '/api/v3/partners/*/backhaul_attribution_details', kind: 'schema' });
    renderApp('/settings');
    expect(await screen.findByText('Could not load the defaults')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save defaults' })).toBeNull();
  });
});
