import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { addFault } from '../../../mocks/scenarios/faults';

setupMockApi();
signInEachTest({ partnerId: 'partner-id-acme' });
const STILL_TRYING = 'Having trouble reaching Future Demand — still trying…';
const notice = () => screen.getByRole('status', { name: 'Connection' });

describe('ConnectionNotice', () => {
  it('says it is still trying while a read is retried after failures, and goes once it is answered', { timeout: 30_000 }, async () => {
    // four failed tries, then an answer: the client waits about 0.4, 0.8, 1.5 and 3 s between them
    addFault({ method: 'GET', path: '/api/v3/events/*/benchmark', status: 503, times: 4 });
    renderApp('/events/evt_1myr47h');
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(notice()).toBeEmptyDOMElement();
    await waitFor(() => expect(notice()).toHaveTextContent(STILL_TRYING), { timeout: 10_000 });
    await screen.findByRole('heading', { name: 'Demand benchmark' });
    await waitFor(() => expect(notice()).toBeEmptyDOMElement(), { timeout: 15_000 });
    expect(screen.queryByText(/Could not load the demand benchmark/)).toBeNull();
  });

  it('says the API is busy, not unreachable, while a read is retried after a 429', { timeout: 30_000 }, async () => {
    addFault({ method: 'GET', path: '/api/v3/events/*/benchmark', status: 429, times: 1 });
    renderApp('/events/evt_1myr47h');
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    await waitFor(() => expect(notice()).toHaveTextContent('Future Demand is busy right now — trying again in a few seconds…'), { timeout: 5000 });
    // the client waits 5–10 s after a 429, then the read is answered
    await waitFor(() => expect(notice()).toBeEmptyDOMElement(), { timeout: 15_000 });
    expect(screen.queryByText(/Could not load the demand benchmark/)).toBeNull();
  });
});
