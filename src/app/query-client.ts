import { QueryClient } from '@tanstack/react-query';

/**
 * The API client already retries idempotent requests (429/5xx/network, backoff + jitter),
 * so TanStack Query must not retry on top of it (5 × 3 attempts).
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
