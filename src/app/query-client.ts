import { QueryClient } from '@tanstack/react-query';

/**
 * The API client already retries idempotent requests (429/5xx/network, backoff + jitter),
 * so TanStack Query must not retry on top of it (5 × 3 attempts).
 *
 * Writes are sent at once even when the browser says it is offline (`networkMode: 'always'`):
 * by default TanStack Query holds them and sends them by itself once the connection is back, so
 * a confirmed reset stayed "Resetting…" with no way out and then ran, unasked, much later. Sent
 * now, a write without a connection fails like any other, is said next to what was typed, and
 * can be retried on purpose. Reads still wait for the connection (the offline notice says why).
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
