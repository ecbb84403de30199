import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupMockApi } from '@/testing/msw';
import { fetchBackhaulEvaluation, fetchBackhaulEvaluationDetails, fetchPackages } from '@/features/backhaul/api/fetchers';
import { updateBackhaulEvaluationDetails } from '@/features/backhaul/api/mutations';
import { LIST_EVALUATION_POLL_MS } from '@/features/backhaul/api/queries';
import { backhaulTotals } from '@/features/backhaul/lib/backhaul-totals';
import { formatCount, formatDay, formatMoney } from '@/lib/format';
import { addFault } from '../../../mocks/scenarios/faults';
import { isPackageBuilding } from '@/features/backhaul/api/schemas';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { resetMock } from '../../../mocks/db/store';

const server = setupMockApi();
signInEachTest();

const titles = () => within(screen.getByRole('table', { name: 'Packages' })).getAllByRole('rowheader').map((c) => c.textContent);

describe('packages list', () => {
  it('lists every package with a status in words, its events and created day; filters by status in the URL', async () => {
    const { router } = renderApp('/package-builder');
    expect(await screen.findByRole('link', { name: 'Summer open-air 2026' })).toHaveAttribute('href', '/package-builder/pkg_555');
    expect(titles()).toHaveLength(12);
    const row = screen.getByRole('link', { name: 'Comedy spring tour' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Failed')).toBeInTheDocument();
    expect(within(row).getByText(/^\d+ events$/)).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/being built — this list updates by itself/);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Expired/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=EXPIRED'));
    await waitFor(() => expect(titles()).toEqual(['Festival season 2025', 'Winter techno weekender']));
    expect(screen.getByRole('button', { name: /^Expired/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: /^Failed/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=FAILED&status=EXPIRED'));
    await waitFor(() => expect(titles()).toHaveLength(3)); // the router's state leads React's commit
    await user.click(screen.getByRole('button', { name: 'All' }));
    await waitFor(() => expect(titles()).toHaveLength(12));
  });

  it('each built package says when its e-mail went out and what its backhaul found, without opening it; a failed read is one dash', async () => {
    const [settings, evaluation] = await Promise.all([fetchBackhaulEvaluationDetails('pkg_555'), fetchBackhaulEvaluation('pkg_555')]);
    const totals = backhaulTotals(evaluation.clusters);
    // one package's results cannot be read: its row says so, the others are unaffected
    addFault({ method: 'GET', path: '/api/v3/package_builder/packages/pkg_556/backhaul_evaluation', status: 403 });
    renderApp('/package-builder');
    const row = (await screen.findByRole('link', { name: 'Summer open-air 2026' })).closest('tr') as HTMLElement;
    await waitFor(() => expect(within(row).getByRole('cell', { name: formatDay(settings.email_sent_date!) })).toBeInTheDocument());
    await waitFor(() => expect(row).toHaveTextContent(`${formatCount(totals.customers, 'customer', 'customers')} · ${formatMoney(totals.revenue, 'EUR')}`));
    const failedRead = screen.getByRole('link', { name: 'Jazz weekend Hamburg' }).closest('tr') as HTMLElement;
    await waitFor(() => expect(within(failedRead).getByText('(could not be loaded)')).toBeInTheDocument());
    // a package whose build failed, or one still building, has nothing to read, and says which
    const failed = screen.getByRole('link', { name: 'Comedy spring tour' }).closest('tr') as HTMLElement;
    expect(within(failed).getAllByText('(the build failed)')).toHaveLength(2);
    const building = (await fetchPackages()).find((p) => isPackageBuilding(p.status));
    const notBuilt = screen.getByRole('link', { name: building!.title }).closest('tr') as HTMLElement;
    expect(within(notBuilt).getAllByText('(not built yet)')).toHaveLength(2);
  });

  it('an expired package was built: its row shows its results like a done one', async () => {
    const expired = (await fetchPackages()).find((p) => p.status === 'EXPIRED')!;
    const totals = backhaulTotals((await fetchBackhaulEvaluation(expired.id)).clusters);
    renderApp('/package-builder');
    const row = (await screen.findByRole('link', { name: expired.title })).closest('tr') as HTMLElement;
    await waitFor(() => expect(row).toHaveTextContent(`${formatCount(totals.customers, 'customer', 'customers')} · ${formatMoney(totals.revenue, 'EUR')}`));
    expect(within(row).queryByText('(not built yet)')).toBeNull();
  });

  it('a re-evaluating package says so and shows its new results once the re-evaluation settles, without a reload', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await updateBackhaulEvaluationDetails('pkg_555', { backhaul_evaluation_attribution_window: 30, backhaul_evaluation_model: 'ALL_PURCHASES', email_sent_date: '2026-11-01' });
      renderApp('/package-builder');
      const row = (await screen.findByRole('link', { name: 'Summer open-air 2026' })).closest('tr') as HTMLElement;
      await waitFor(() => expect(within(row).getByText('(re-evaluating)')).toBeInTheDocument());
      await vi.advanceTimersByTimeAsync(LIST_EVALUATION_POLL_MS);
      const settled = backhaulTotals((await fetchBackhaulEvaluation('pkg_555')).clusters);
      await waitFor(() => expect(within(row).queryByText('(re-evaluating)')).toBeNull());
      expect(row).toHaveTextContent(`${formatCount(settled.customers, 'customer', 'customers')} · ${formatMoney(settled.revenue, 'EUR')}`);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says how many packages finished building when a refresh finds them done', async () => {
    const { queryClient } = renderApp('/package-builder');
    const live = await screen.findByText(/being built — this list updates by itself/);
    const packages = await fetchPackages();
    const building = packages.filter((p) => isPackageBuilding(p.status));
    expect(building.length).toBeGreaterThan(0);
    server.use(http.get(/\/package_builder\/packages\/$/, () => HttpResponse.json(packages.map((p) => (isPackageBuilding(p.status) ? { ...p, status: 'DONE' } : p)))));
    await queryClient.refetchQueries({ queryKey: ['packages', 'list'] });
    await waitFor(() => expect(live).toHaveTextContent(`${building.length} ${building.length === 1 ? 'package' : 'packages'} finished building.`));
    expect(live).not.toHaveTextContent(/being built/);
  });

  it('opens with the filter from a shared link', async () => {
    renderApp('/package-builder?status=FAILED');
    await screen.findByRole('link', { name: 'Comedy spring tour' });
    expect(titles()).toEqual(['Comedy spring tour']);
    expect(screen.getByText('1 of 12 packages')).toBeInTheDocument();
  });

  it('says so when there are no packages at all', async () => {
    resetMock({ scenario: 'empty', now: new Date('2026-11-20T08:00:00Z') });
    renderApp('/package-builder');
    expect(await screen.findByText('No packages yet.')).toBeInTheDocument();
  });
});
