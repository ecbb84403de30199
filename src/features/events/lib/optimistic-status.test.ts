// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { eventSchema, type Event } from '@/lib/schemas/event';
import { eventQueries } from '../api/queries';
import type { EventList } from '../api/schemas';
import { applyOptimisticStatus, reconcileStatus } from './optimistic-status';

const ev = (id: string, frontend_status = 'DEFAULT'): Event => eventSchema.parse({ id, title: id, start_date_time: '2026-12-01T19:00:00Z', frontend_status });
const page = (...items: Event[]): EventList => ({ total: items.length, limit: 50, page: 1, pages: 1, items });

describe('applyOptimisticStatus', () => {
  it('rolling one event back keeps another event’s change made meanwhile on the same page', async () => {
    const queryClient = new QueryClient();
    const key = eventQueries.list({}).queryKey;
    queryClient.setQueryData(key, page(ev('a'), ev('b'), ev('c')));
    const rollbackC = await applyOptimisticStatus(queryClient, 'c', 'FLAGGED');
    await applyOptimisticStatus(queryClient, 'a', 'HIDDEN');
    rollbackC();
    const now = queryClient.getQueryData<EventList>(key);
    expect(now?.items.map((e) => `${e.id}:${e.frontend_status}`)).toEqual(['b:DEFAULT', 'c:DEFAULT']);
    expect(now?.total).toBe(2);
  });

  it('a hidden row comes back at its old place with the total', async () => {
    const queryClient = new QueryClient();
    const key = eventQueries.list({}).queryKey;
    queryClient.setQueryData(key, page(ev('a'), ev('b'), ev('c')));
    const rollback = await applyOptimisticStatus(queryClient, 'b', 'HIDDEN');
    expect(queryClient.getQueryData<EventList>(key)?.total).toBe(2);
    rollback();
    expect(queryClient.getQueryData<EventList>(key)).toEqual(page(ev('a'), ev('b'), ev('c')));
  });

  it('after a partner switch (cache cleared, the same keys refilled) a rollback leaves the other partner\'s lists alone', async () => {
    const queryClient = new QueryClient();
    const key = eventQueries.list({}).queryKey;
    const detail = eventQueries.detail('b').queryKey;
    queryClient.setQueryData(key, page(ev('a'), ev('b')));
    queryClient.setQueryData(detail, ev('b'));
    const rollback = await applyOptimisticStatus(queryClient, 'b', 'HIDDEN');
    queryClient.clear(); // the switch
    queryClient.setQueryData(key, page(ev('x'), ev('y')));
    rollback(); // the first partner's change failed later
    expect(queryClient.getQueryData<EventList>(key)).toEqual(page(ev('x'), ev('y')));
    expect(queryClient.getQueryData(detail)).toBeUndefined();
  });
});

describe('reconcileStatus', () => {
  it('marks the campaign counts stale too: hiding takes an event out of them', async () => {
    const queryClient = new QueryClient();
    const key = eventQueries.campaignStatistics().queryKey;
    queryClient.setQueryData(key, { total: 1, running: 1, open: 0, closed: 0, ignored: 0 });
    await reconcileStatus(queryClient, 'evt_1');
    expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true);
  });
});
