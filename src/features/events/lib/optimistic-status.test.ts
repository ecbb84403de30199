// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { eventQueries } from '../api/queries';
import { reconcileStatus } from './optimistic-status';

describe('reconcileStatus', () => {
  it('marks the campaign counts stale too: hiding takes an event out of them', async () => {
    const queryClient = new QueryClient();
    const key = eventQueries.campaignStatistics().queryKey;
    queryClient.setQueryData(key, { total: 1, running: 1, open: 0, closed: 0, ignored: 0 });
    await reconcileStatus(queryClient, 'evt_1');
    expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true);
  });
});
