import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { addFault } from '../../../mocks/scenarios/faults';

setupMockApi();
signInEachTest({ partnerId: 'partner-id-acme' });
const STILL_TRYING = 'Having trouble reaching Future Demand — still trying…';
const notice = () => screen.getAllByRole('status').find((s) => s.classList.contains('connection-notice'));

describe('ConnectionNotice', () => {
  it('says it is still trying while a read is retried after failures, and goes once it is answered', { timeout: 15_000 }, async () => {
    // three failed tries, then an answer: the client waits about 0.4 s, 0.8 s and 1.5 s between them
    addFault({ method: 'GET', path: '/api/v3/events/*/benchmark', status: 503, times: 3 });
    renderApp('/events/evt_1myr47h');
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(notice()).toBeEmptyDOMElement();
    await waitFor(() => expect(notice()).toHaveTextContent(STILL_TRYING), { timeout: 5000 });
    await screen.findByRole('heading', { name: 'Demand benchmark' });
    await waitFor(() => expect(notice()).toBeEmptyDOMElement(), { timeout: 8000 });
    expect(screen.queryByText(/Could not load the demand benchmark/)).toBeNull();
  });
});
