import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { addFault } from '../../../mocks/scenarios/faults';

/** Every page names itself in the browser tab ("<Page> · Future Demand"), like the detail pages do. */
setupMockApi();
signInEachTest();

describe('browser tab titles of the list pages', { timeout: 20_000 }, () => {
  it.each([
    ['/', 'Overview'],
    ['/events', 'Events'],
    ['/campaigns', 'Campaigns'],
  ])('%s → "%s · Future Demand"', async (path, page) => {
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: page }, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${page} · Future Demand`));
  });
});

describe('browser tab titles of the pages that are not a place in the app', { timeout: 20_000 }, () => {
  it('an unknown address → "Page not found · Future Demand"', async () => {
    renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' }, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found · Future Demand'));
  });

  it('a page that could not be shown → "Error · Future Demand"', async () => {
    addFault({ method: 'GET', path: '/api/v3/events/evt_1myr47h', status: 400 });
    renderApp('/events/evt_1myr47h');
    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' }, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Error · Future Demand'));
  });
});
