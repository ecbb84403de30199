import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';

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
