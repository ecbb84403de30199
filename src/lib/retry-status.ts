import type { RetryReason } from './api-client';

/**
 * How many requests are being tried again after a failure, and why (the API client retries 5xx
 * and lost connections with backoff for up to about 7 s, and a 429 for up to about 30 s). Panels
 * show their skeleton meanwhile; the shell reads this to say what the wait is rather than leave
 * it silent.
 */
const retrying: Record<RetryReason, number> = { busy: 0, failing: 0 };
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

/** What the waiting is about: the API asked to slow down (any request), else failures, else none. */
export type RetryState = RetryReason | null;

export const retryStatus = {
  /** One request starts retrying for `reason`; call the returned function once when that is over. */
  begin(reason: RetryReason = 'failing'): () => void {
    retrying[reason]++;
    emit();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      retrying[reason]--;
      emit();
    };
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  state: (): RetryState => (retrying.busy > 0 ? 'busy' : retrying.failing > 0 ? 'failing' : null),
};
