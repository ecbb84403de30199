import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { addFault } from '../../../mocks/scenarios/faults';
import { getSettings, putSettings } from '../../../mocks/db/packages';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { formatDay } from '@/lib/format';
import { env } from '@/config/env';
import { addDays, today } from '@/lib/dates';
import { emailDateRange } from '@/features/backhaul/lib/settings-form';

// Slow: a building package stays building, a re-evaluation stays pending, for the whole test.
const server = setupMockApi({ reevaluationSeconds: 60 });
signInEachTest();

let puts: unknown[] = [];
beforeEach(() => {
  puts = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT') void request.clone().json().then((body: unknown) => puts.push(body));
  });
});
afterEach(() => server.events.removeAllListeners());

describe('package settings panel', () => {
  it('refuses an e-mail date before the package was created, next to the field, and sends nothing', async () => {
    renderApp('/package-builder/pkg_555'); // created 27 Oct 2026 (partner's zone)
    const date = await screen.findByLabelText('E-mail sent on');
    expect(date).toHaveAttribute('min', '2026-10-27');
    const user = userEvent.setup();
    for (const bad of ['2020-01-01', '2026-10-26']) {
      await user.clear(date);
      await user.type(date, bad);
      await user.click(screen.getByRole('button', { name: 'Save and re-evaluate' }));
      expect(date).toHaveAttribute('aria-invalid', 'true');
      expect(date).toHaveAccessibleDescription(new RegExp(`The e-mail cannot have gone out before the package was created \\(${formatDay('2026-10-27')}\\)\\.`));
      expect(date).toHaveFocus();
    }
    await user.clear(date);
    await user.type(date, '2026-10-27');
    expect(date).not.toHaveAttribute('aria-invalid');
    expect(puts).toEqual([]);
  });

  it('a package still being built: "Save settings", and says the results will use them', async () => {
    renderApp('/package-builder/pkg_558');
    expect(await screen.findByRole('heading', { name: 'This package is still being built' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save and re-evaluate' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: /All purchases/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved. The results will use these settings when the package is built.')).toBeInTheDocument();
    expect(screen.queryByText(/Re-evaluation started/)).not.toBeInTheDocument();
    expect(puts).toEqual([expect.objectContaining({ backhaul_evaluation_model: 'ALL_PURCHASES' })]);
  });

  it('a package still being built takes a planned e-mail day up to a year ahead', async () => {
    const todayDay = today(env.partnerTimeZone);
    const nextMonth = addDays(todayDay, 30);
    const { latest } = emailDateRange(todayDay, null, true);
    renderApp('/package-builder/pkg_558');
    const date = await screen.findByLabelText('E-mail goes out on');
    expect(date).toHaveAttribute('max', latest);
    const user = userEvent.setup();
    await user.clear(date);
    await user.type(date, addDays(latest, 1));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(date).toHaveAccessibleDescription(new RegExp(`Enter a day up to a year ahead \\(until ${formatDay(latest)}\\)\\.`));
    await user.clear(date);
    await user.type(date, nextMonth);
    expect(date).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved. The results will use these settings when the package is built.')).toBeInTheDocument();
    expect(puts).toEqual([expect.objectContaining({ email_sent_date: nextMonth })]);
  });

  it('a finished package refuses an e-mail day after today', async () => {
    const todayDay = today(env.partnerTimeZone);
    renderApp('/package-builder/pkg_555');
    const date = await screen.findByLabelText('E-mail sent on');
    expect(date).toHaveAttribute('max', todayDay);
    const user = userEvent.setup();
    await user.clear(date);
    await user.type(date, addDays(todayDay, 30));
    await user.click(screen.getByRole('button', { name: 'Save and re-evaluate' }));
    expect(date).toHaveAccessibleDescription(/The e-mail cannot have gone out after today/);
    expect(puts).toEqual([]);
  });

  it('a finished package whose saved e-mail day is still ahead (planned while building) can be saved', async () => {
    const ahead = addDays(today(env.partnerTimeZone), 10);
    putSettings('partner-id-acme', 'pkg_555', { ...getSettings('partner-id-acme', 'pkg_555')!, email_sent_date: ahead });
    renderApp('/package-builder/pkg_555');
    const windowField = await screen.findByLabelText('Attribution window');
    expect(screen.getByLabelText('E-mail goes out on')).toHaveValue(ahead);
    const user = userEvent.setup();
    await user.clear(windowField);
    await user.type(windowField, '9');
    await user.click(screen.getByRole('button', { name: 'Save and re-evaluate' }));
    await waitFor(() => expect(puts).toEqual([expect.objectContaining({ backhaul_evaluation_attribution_window: 9, email_sent_date: ahead })]));
  });

  it('a save with an unreadable answer whose re-read fails keeps the form as typed and says so', async () => {
    renderApp('/package-builder/pkg_555');
    const windowField = await screen.findByLabelText('Attribution window');
    const user = userEvent.setup();
    await user.clear(windowField);
    await user.type(windowField, '12');
    // answered 200 but unreadable: the outcome is unknown, so the page re-reads what the server holds
    addFault({ method: 'PUT', path: '/api/v3/package_builder/packages/*/backhaul_evaluation_details', kind: 'malformed' });
    addFault({ method: 'GET', path: '/api/v3/package_builder/packages/*/backhaul_evaluation_details', status: 403 });
    await user.click(screen.getByRole('button', { name: 'Save and re-evaluate' }));
    expect(await screen.findByText(/its answer could not be read/)).toBeInTheDocument();
    expect(screen.queryByText('Could not load the settings')).toBeNull();
    expect(screen.getByLabelText('Attribution window')).toHaveValue(12);
  });

  it('a building package whose status check fails keeps its page and the settings being typed', async () => {
    const { queryClient } = renderApp('/package-builder/pkg_558');
    expect(await screen.findByRole('heading', { name: 'This package is still being built' })).toBeInTheDocument();
    const windowField = await screen.findByLabelText('Attribution window');
    const user = userEvent.setup();
    await user.clear(windowField);
    await user.type(windowField, '9');
    addFault({ method: 'GET', path: '/api/v3/package_builder/packages/pkg_558', status: 403 });
    await act(() => queryClient.refetchQueries());
    expect(queryClient.getQueryState(['packages', 'detail', 'pkg_558'])?.status).toBe('error');
    expect(screen.queryByText('Could not load this package')).toBeNull();
    expect(screen.getByRole('heading', { name: 'This package is still being built' })).toBeInTheDocument();
    expect(screen.getByLabelText('Attribution window')).toHaveValue(9);
  });

  it('an expired package says truthfully that saving re-evaluates (and replaces) its numbers', async () => {
    renderApp('/package-builder/pkg_561');
    expect(await screen.findByText(/Past its validity; its results can still be read and re-evaluated\./)).toBeInTheDocument();
    expect(screen.queryByText(/stay readable/)).not.toBeInTheDocument();
    expect(await screen.findByText(/saving replaces the numbers shown with ones for these settings/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save and re-evaluate' }));
    expect(await screen.findByText('Re-evaluating…')).toBeInTheDocument();
    expect(puts).toHaveLength(1);
  });

  it('"Change settings" moves keyboard focus to the settings form', async () => {
    renderApp('/package-builder/pkg_555');
    const link = await screen.findByRole('link', { name: 'Change settings' });
    await screen.findByLabelText('Attribution window');
    await userEvent.setup().click(link);
    expect(screen.getByLabelText('Attribution window')).toHaveFocus();
  });
});
