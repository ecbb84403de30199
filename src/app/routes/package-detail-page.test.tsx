import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInAs } from '@/testing/render-app';
import { session } from '@/lib/api';

const server = setupMockApi({ reevaluationSeconds: 0.2 });
let requests: { method: string; path: string; body: unknown }[] = [];
beforeEach(async () => {
  requests = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET') requests.push({ method: 'GET', path: url.pathname, body: null });
    else void request.clone().json().then((body: unknown) => requests.push({ method: request.method, path: url.pathname, body }), () => undefined);
  });
  await signInAs('partner-id-acme');
});
afterEach(() => {
  server.events.removeAllListeners();
  session.signOut();
});

const tile = (label: string) => screen.getByRole('group', { name: label });
const kpi = (label: string) => tile(label).textContent;
/** the totals' tiles hold numbers, not placeholders */
const totalsShown = () => waitFor(() => expect(tile('Revenue')).toHaveTextContent(/\d/));
const bodyRows = () => within(screen.getByRole('table', { name: /Audience clusters/ })).getAllByRole('row').slice(1);

describe('package view', () => {
  it('sums the clusters into KPIs, says what produced them, and sorts the table by any column', async () => {
    const { router } = renderApp('/package-builder/pkg_555');
    expect(await screen.findByRole('heading', { level: 1, name: 'Summer open-air 2026' })).toBeInTheDocument();
    await totalsShown();
    const rows = bodyRows();
    expect(rows).toHaveLength(5);
    const customers = rows.map((r) => Number(within(r).getAllByRole('cell')[0]?.textContent?.replace(/\D/g, '')));
    expect(kpi('Customers')?.replace(/\D/g, '')).toBe(String(customers.reduce((a, b) => a + b, 0)));
    // what each count is, in words ("Items" alone meant nothing)
    expect(tile('Customers')).toHaveTextContent(/e-mail recipients who bought$/);
    expect(tile('Items')).toHaveTextContent(/tickets they bought$/);
    expect(screen.getByTestId('model-sentence')).toHaveTextContent(/^Purchases of events in this package within 14 days after the e-mail sent on .+2026\.$/);
    // its e-mail went out 22 days ago: the 14-day window has closed
    expect(screen.queryByText(/attribution window is still open/)).not.toBeInTheDocument();
    // readable names, by revenue (largest first) by default
    expect(within(rows[0] as HTMLElement).getByRole('rowheader').textContent).toMatch(/^[A-Z][a-z]+( [a-z]+)*/);
    expect(screen.getByRole('columnheader', { name: /Revenue/ })).toHaveAttribute('aria-sort', 'descending');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Cluster/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /^Cluster/ })).toHaveAttribute('aria-sort', 'ascending'));
    const names = bodyRows().map((r) => within(r).getByRole('rowheader').textContent ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(router.state.location.search).toBe('?sort=name&dir=asc');
    // the chart's table alternative has the same clusters
    await user.click(screen.getByRole('button', { name: 'View as table' }));
    expect(within(screen.getByRole('table', { name: 'Revenue by cluster' })).getAllByRole('row')).toHaveLength(6);
  });

  it('rejects a window of 0 or 400 next to the field and sends nothing', async () => {
    renderApp('/package-builder/pkg_555');
    const window = await screen.findByLabelText('Attribution window');
    // how the days are counted, as the evaluation counts them
    expect(window).toHaveAccessibleDescription(/^Whole days, 1–365, counted from the day the e-mail was sent \(that day included\)\.$/);
    const user = userEvent.setup();
    for (const bad of ['0', '400']) {
      await user.clear(window);
      await user.type(window, bad);
      await user.click(screen.getByRole('button', { name: 'Save and re-evaluate' }));
      expect(window).toHaveAttribute('aria-invalid', 'true');
      expect(window).toHaveAccessibleDescription(/Enter a window between 1 and 365 days\./);
      expect(window).toHaveFocus();
    }
    await user.clear(window);
    await user.type(window, '21');
    expect(window).not.toHaveAttribute('aria-invalid');
    expect(requests.filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('saving re-evaluates: "Re-evaluating…" with the old numbers marked stale, then new numbers', async () => {
    renderApp('/package-builder/pkg_555');
    await totalsShown();
    const before = kpi('Revenue');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /All purchases/ }));
    await user.click(screen.getByRole('button', { name: 'Save and re-evaluate' }));
    expect(await screen.findByText('Re-evaluating…')).toBeInTheDocument();
    expect(kpi('Revenue')).toBe(before);
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download Excel' })).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Totals' })).toHaveClass('stale-data');
    expect(screen.getByRole('group', { name: 'Totals' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText(/^Now counting: All purchases by the e-mail's recipients/)).toBeInTheDocument();
    expect(screen.getByText('Saved. Re-evaluation started.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Re-evaluating…')).not.toBeInTheDocument(), { timeout: 5000 });
    // once the numbers are new, the note no longer says the re-evaluation has only started
    expect(screen.getByText('Saved and re-evaluated: the results use these settings.')).toBeInTheDocument();
    expect(screen.queryByText('Saved. Re-evaluation started.')).not.toBeInTheDocument();
    expect(kpi('Revenue')).not.toBe(before);
    expect(screen.getByRole('group', { name: 'Totals' })).not.toHaveClass('stale-data');
    expect(screen.getByRole('group', { name: 'Totals' })).not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Download Excel' })).toBeEnabled();
    expect(screen.getByTestId('model-sentence')).toHaveTextContent(/^All purchases by the e-mail's recipients, for any event, within 14 days/);
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.body).toMatchObject({ backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'ALL_PURCHASES' });
  });

  it('a refused save shows the server’s reason next to the field and keeps what was typed', async () => {
    server.use(http.put('*/api/v3/package_builder/packages/:id/backhaul_evaluation_details', () => HttpResponse.json(
      { message: 'error.validation', validation_errors: [{ code: 'too_early', field: 'email_sent_date', message: 'before the package was created' }] },
      { status: 400 },
    )));
    renderApp('/package-builder/pkg_555');
    const window = await screen.findByLabelText('Attribution window');
    const user = userEvent.setup();
    await user.clear(window);
    await user.type(window, '30');
    await user.click(screen.getByRole('radio', { name: /same series/ }));
    await user.click(screen.getByRole('button', { name: 'Save and re-evaluate' }));
    const date = screen.getByLabelText('E-mail sent on');
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(/The e-mail cannot have gone out before the package was created\./);
    expect(window).toHaveValue(30);
    expect(screen.getByRole('radio', { name: /same series/ })).toBeChecked();
    expect(screen.queryByText('Re-evaluating…')).not.toBeInTheDocument();
  });

  it('a save without a readable answer says it may have been saved, re-reads the settings and keeps what was typed', async () => {
    server.use(http.put('*/api/v3/package_builder/packages/:id/backhaul_evaluation_details', () => new HttpResponse('{"backhaul_evaluation_attr', { headers: { 'Content-Type': 'application/json' } })));
    renderApp('/package-builder/pkg_555');
    const window = await screen.findByLabelText('Attribution window');
    const detailsPath = '/api/v3/package_builder/packages/pkg_555/backhaul_evaluation_details';
    const reads = () => requests.filter((r) => r.method === 'GET' && r.path === detailsPath).length;
    const readsBefore = reads();
    const user = userEvent.setup();
    await user.clear(window);
    await user.type(window, '30');
    await user.click(screen.getByRole('button', { name: 'Save and re-evaluate' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Not confirmed: The server accepted it, but its answer could not be read\. The settings may have been saved/);
    await waitFor(() => expect(reads()).toBe(readsBefore + 1));
    expect(window).toHaveValue(30);
  });

  it('changed settings not saved: leaving by a link asks first, and Stay keeps them', async () => {
    const { router } = renderApp('/package-builder/pkg_555');
    const window = await screen.findByLabelText('Attribution window');
    const user = userEvent.setup();
    await user.clear(window);
    await user.type(window, '45');
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Packages' }));
    const ask = await screen.findByRole('dialog', { name: 'Leave this page?' });
    expect(ask).toHaveTextContent('Your unsaved changes to the attribution settings are lost.');
    await user.click(within(ask).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/package-builder/pkg_555');
    expect(window).toHaveValue(45);
  });

  it('an empty package, a failed evaluation and a failed package each have their own state', async () => {
    const first = renderApp('/package-builder/pkg_564');
    expect(await screen.findByRole('heading', { name: 'No clusters in this evaluation' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
    first.unmount();
    const second = renderApp('/package-builder/pkg_559');
    expect(await screen.findByRole('heading', { name: 'The evaluation failed' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Evaluate again' })).toBeEnabled();
    // the package's own status says it is built, not that results are available
    expect(screen.queryByText(/results are available/)).toBeNull();
    second.unmount();
    renderApp('/package-builder/pkg_560');
    expect(await screen.findByRole('heading', { name: 'This package could not be built' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save and re-evaluate' })).not.toBeInTheDocument();
    // no rebuild here (§5.2 has no such call): say who can
    expect(screen.getByText(/this dashboard cannot rebuild a package\. Ask your Future Demand contact why it failed and to build it again\./)).toBeInTheDocument();
    expect(screen.queryByText(/in Package Builder/)).not.toBeInTheDocument();
  });

  it('a window that has not closed yet says until when purchases count, as the numbers can still grow', async () => {
    renderApp('/package-builder/pkg_566'); // e-mail sent 10 days ago, 60-day window
    await totalsShown();
    expect(screen.getByText(/^The attribution window is still open: purchases until .+ count, so these numbers can still grow\.$/)).toBeInTheDocument();
  });

  it('money tiles are short, with the full amount as their hint (no wrapping mid-number)', async () => {
    renderApp('/package-builder/pkg_555');
    await totalsShown();
    const revenue = within(tile('Revenue'));
    // short: no cents ("€80,664"), compact from 100k ("€163.1K"); the hint has every digit
    expect(revenue.getByText(/^€(\d{1,3}(,\d{3})*|\d+(\.\d)?[KM])$/)).toHaveClass('kpi-tile__value');
    expect(revenue.getByText(/^€\d{1,3}(,\d{3})*\.\d{2}$/)).toHaveClass('kpi-tile__hint');
    expect(within(tile('Revenue per customer')).getByText(/^€\d+\.\d{2}$/)).toHaveClass('kpi-tile__hint');
    expect(screen.getByRole('group', { name: 'Totals' })).not.toHaveClass('kpi-grid--no-hints');
  });

  it('money is in the partner’s currency', async () => {
    session.signOut();
    await signInAs('partner-id-bravo');
    renderApp('/package-builder/pkg_601');
    await waitFor(() => expect(tile('Revenue')).toHaveTextContent(/CHF/));
    expect(within(tile('Revenue')).getAllByText(/CHF/)).toHaveLength(2); // the short value and the full hint
    // as in the event tables: the header names the column, each amount carries its currency once
    expect(screen.getByRole('columnheader', { name: 'Revenue' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: /CHF/ })).toBeNull();
    for (const row of bodyRows()) {
      const revenue = within(row).getAllByRole('cell')[2]?.textContent ?? '';
      expect(revenue).toMatch(/^CHF\s?\d{1,3}(,\d{3})*\.\d{2}$/);
    }
  });

  it('the chart sentence gives the top cluster’s share with the table’s precision', async () => {
    renderApp('/package-builder/pkg_555');
    await totalsShown();
    const top = bodyRows()[0] as HTMLElement; // by revenue, largest first
    const name = within(top).getByRole('rowheader').textContent ?? '';
    const share = within(top).getAllByRole('cell')[3]?.textContent ?? '';
    expect(share).toMatch(/^\d+\.\d%$/);
    expect(screen.getByText(new RegExp(`^${name} brought the most revenue: .+ \\(${share.replace('.', '\\.')} of the total\\)\\.$`))).toBeInTheDocument();
  });

  it('an unknown package shows not found, with the way back to the packages', async () => {
    const { router } = renderApp('/package-builder/pkg_nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Package not found' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('link', { name: 'Back to packages' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/package-builder'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Packages' })).toBeInTheDocument();
  });
});
