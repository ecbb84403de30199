import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';

const server = setupMockApi();
signInEachTest({ partnerId: 'partner-id-acme' });

describe('navigation progress', () => {
  it('says the next page is loading while its data is on the way, and stops when it shows', async () => {
    renderApp('/events');
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    const link = (await within(table).findAllByRole('link'))[0];
    if (!link) throw new Error('no event link');
    const title = link.textContent ?? '';
    expect(screen.queryByRole('progressbar', { name: 'Loading the page' })).not.toBeInTheDocument();

    // the event itself is what the event page waits for; hold it back a while
    server.use(http.get(/\/events\/evt_[^/]+\/?$/, async () => { await delay(400); }));
    await userEvent.setup().click(link);
    expect(await screen.findByRole('progressbar', { name: 'Loading the page' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');

    // the first visit of the event page also transforms its lazy module: seconds on a loaded machine
    expect(await screen.findByRole('heading', { level: 1, name: title }, { timeout: 15_000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Loading the page' })).not.toBeInTheDocument());
    expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy');
  });
});
