import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';

setupMockApi();
signInEachTest();
afterEach(() => { onlineManager.setOnline(true); });

describe('offline', () => {
  it('says so while the connection is gone, on every page, and not once it is back', async () => {
    renderApp('/events');
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(screen.queryByText(/You are offline/)).toBeNull();
    act(() => onlineManager.setOnline(false));
    // the notice subscribes in an effect: on a loaded machine it may run just after the change
    expect((await screen.findByText('You are offline.')).closest('[aria-live="polite"]')).toHaveTextContent('You are offline. What you see may be out of date, and changes cannot be saved until the connection is back.');
    act(() => onlineManager.setOnline(true));
    await waitFor(() => expect(screen.queryByText(/You are offline/)).toBeNull());
  });
});
