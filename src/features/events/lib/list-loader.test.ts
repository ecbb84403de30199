import { describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import { QueryObserver } from '@tanstack/react-query';
import { createQueryClient } from '@/app/query-client';
import { setupMockApi } from '@/testing/msw';
import { signInEachTest } from '@/testing/render-app';
import { addFault } from '../../../../mocks/scenarios/faults';
import { eventQueries } from '../api/queries';
import { eventsSearch, toListFilters } from './events-search';
import { prefetchEventsList } from './list-loader';

setupMockApi();
signInEachTest();
const TZ = 'Europe/Berlin';
const url = (city: string) => `http://localhost/events?city=${encodeURIComponent(city)}`;

/** The abort signal of each list read, by its city filter. */
function recordListSignals() {
  const signals = new Map<string, AbortSignal>();
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const u = new URL(String(input));
    if (u.pathname.endsWith('/events/') && init?.signal) signals.set(u.searchParams.getAll('city').join('+'), init.signal);
    return realFetch(input, init);
  });
  return signals;
}

describe('prefetchEventsList', () => {
  it('cancels an earlier list read that no table watches (the filter changed before the page drew)', async () => {
    const signals = recordListSignals();
    addFault({ method: 'GET', path: '/api/v3/events/', kind: 'hang', times: 1 });
    const queryClient = createQueryClient();
    prefetchEventsList(queryClient, url('Berlin'), TZ);
    await waitFor(() => expect(signals.get('Berlin')).toBeDefined());
    prefetchEventsList(queryClient, url('Hamburg'), TZ);
    await waitFor(() => expect(signals.get('Hamburg')).toBeDefined());
    expect(signals.get('Berlin')?.aborted).toBe(true);
    expect(signals.get('Hamburg')?.aborted).toBe(false);
  });

  it('leaves a read a table watches to TanStack Query', async () => {
    const signals = recordListSignals();
    addFault({ method: 'GET', path: '/api/v3/events/', kind: 'hang', times: 1 });
    const queryClient = createQueryClient();
    prefetchEventsList(queryClient, url('Berlin'), TZ);
    const filters = toListFilters(eventsSearch.parse(new URL(url('Berlin')).searchParams), TZ);
    const stop = new QueryObserver(queryClient, eventQueries.list(filters)).subscribe(() => undefined);
    await waitFor(() => expect(signals.get('Berlin')).toBeDefined());
    prefetchEventsList(queryClient, url('Hamburg'), TZ);
    await waitFor(() => expect(signals.get('Hamburg')).toBeDefined());
    expect(signals.get('Berlin')?.aborted).toBe(false);
    stop();
  });
});
