import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';

setupMockApi();
signInEachTest({ partnerId: 'partner-id-acme' });

describe('focus after moving to another page', () => {
  it('goes to the new page’s heading; a filter change on the same page leaves it where it is', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/events');
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    const search = screen.getByRole('searchbox', { name: 'Search events' });
    await user.type(search, 'a');
    await waitFor(() => expect(router.state.location.search).toContain('q=a'));
    expect(search).toHaveFocus();

    const link = (await within(table).findAllByRole('link'))[0];
    if (!link) throw new Error('no event link');
    const title = link.textContent ?? '';
    await user.click(link);
    // the first visit of the event page also transforms its lazy module: seconds on a loaded machine
    const heading = await screen.findByRole('heading', { level: 1, name: title }, { timeout: 15_000 });
    await waitFor(() => expect(heading).toHaveFocus());

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Campaigns' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Campaigns' })).toHaveFocus());
  });
});
