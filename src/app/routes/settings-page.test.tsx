import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInAs } from '@/testing/render-app';
import { session } from '@/lib/api';
import { env } from '@/config/env';
import { addDays, today } from '@/lib/dates';
import { emailDateRange } from '@/features/backhaul/lib/settings-form';

const server = setupMockApi();
const posts: unknown[] = [];
beforeEach(async () => {
  posts.length = 0;
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.includes('backhaul_attribution_details')) void request.clone().json().then((b: unknown) => posts.push(b));
  });
  await signInAs('partner-id-acme');
});
afterEach(() => {
  server.events.removeAllListeners();
  session.signOut();
});

describe('settings: partner backhaul defaults', () => {
  it('reads the defaults, saves changes (date optional) and reads them back', async () => {
    const first = renderApp('/settings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Concerts' })).toBeInTheDocument();
    const window = await screen.findByLabelText('Attribution window');
    expect(window).toHaveValue(14);
    expect(screen.getByRole('radio', { name: /Events in this package/ })).toBeChecked();
    expect(screen.getByLabelText('E-mail sent on (optional)')).toHaveValue('');

    const user = userEvent.setup();
    await user.clear(window);
    await user.type(window, '21');
    await user.click(screen.getByRole('radio', { name: /same series/ }));
    await user.click(screen.getByRole('button', { name: 'Save defaults' }));
    expect(await screen.findByText('Saved. New packages start with these settings.')).toBeInTheDocument();
    expect(posts).toEqual([{ backhaul_evaluation_attribution_window: 21, backhaul_evaluation_model: 'EVENT_SERIES' }]);
    expect(screen.getByTestId('defaults-sentence')).toHaveTextContent("Purchases of events in the same series as this package's events within 21 days after the e-mail was sent.");
    first.unmount();

    renderApp('/settings');
    await waitFor(async () => expect(await screen.findByLabelText('Attribution window')).toHaveValue(21));
    expect(screen.getByRole('radio', { name: /same series/ })).toBeChecked();
  });

  it('the partner\'s details failing to load is said, with a retry, instead of the name and currency silently going', async () => {
    let failing = true;
    // until the retry: the mock's own handler answers once this one passes (undefined)
    server.use(http.get('*/api/v3/partners/', () => (failing ? HttpResponse.json({ message: 'error.forbidden' }, { status: 403 }) : undefined)));
    renderApp('/settings');
    const alert = await screen.findByText(/The partner's details \(full name, currency\) could not be loaded\./, {}, { timeout: 5000 });
    failing = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Concerts' })).toBeInTheDocument();
    expect(alert).not.toBeInTheDocument();
    expect(screen.getByText(/Amounts in EUR/)).toBeInTheDocument();
  });

  it('a save that failed midway says it may have been saved and keeps what was typed', async () => {
    server.use(http.post('*/api/v3/partners/:pid/backhaul_attribution_details', () => HttpResponse.json({ message: 'error.internal' }, { status: 500 })));
    renderApp('/settings');
    const window = await screen.findByLabelText('Attribution window');
    const user = userEvent.setup();
    await user.clear(window);
    await user.type(window, '45');
    await user.type(screen.getByLabelText('E-mail sent on (optional)'), '2026-06-01');
    await user.click(screen.getByRole('button', { name: 'Save defaults' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not confirmed: The server had a problem while saving. The settings may have been saved; the page shows what the server holds now. Your changes are kept, and saving them again is safe.');
    expect(window).toHaveValue(45);
    expect(screen.getByLabelText('E-mail sent on (optional)')).toHaveValue('2026-06-01');
    expect(screen.queryByText(/^Saved\./)).not.toBeInTheDocument();
  });

  it('validates before sending', async () => {
    renderApp('/settings');
    const window = await screen.findByLabelText('Attribution window');
    const user = userEvent.setup();
    await user.clear(window);
    await user.click(screen.getByRole('button', { name: 'Save defaults' }));
    expect(window).toHaveAccessibleDescription(/Enter the attribution window in days\./);
    expect(posts).toEqual([]);
  });

  it('a mistyped year (1900) or a day still to come is explained at the field and nothing is sent', async () => {
    renderApp('/settings');
    const date = await screen.findByLabelText('E-mail sent on (optional)');
    const todayDay = today(env.partnerTimeZone);
    // the date picker offers only the days the form accepts
    expect(date).toHaveAttribute('max', todayDay);
    expect(date).toHaveAttribute('min', emailDateRange(todayDay).earliest);

    const user = userEvent.setup();
    await user.type(date, '1900-01-01');
    await user.click(screen.getByRole('button', { name: 'Save defaults' }));
    expect(date).toHaveAccessibleDescription(/Enter a date in the last 10 years .*is the year right\?/);
    expect(date).toHaveAttribute('aria-invalid', 'true');

    await user.clear(date);
    await user.type(date, addDays(todayDay, 1));
    expect(date).toHaveAccessibleDescription(/The e-mail cannot have gone out after today/);
    expect(posts).toEqual([]);

    await user.clear(date);
    await user.type(date, todayDay);
    await user.click(screen.getByRole('button', { name: 'Save defaults' }));
    expect(await screen.findByText('Saved. New packages start with these settings.')).toBeInTheDocument();
    expect(posts).toEqual([expect.objectContaining({ email_sent_date: todayDay })]);
  });
});
