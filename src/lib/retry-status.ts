/**
 * How many requests are being tried again after a failure (the API client retries 5xx, 429 and
 * lost connections with backoff, up to about 7 s). Panels show their skeleton meanwhile; the shell
 * reads this to say the dashboard is still trying rather than leave a silent wait.
 */
let retrying = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export const retryStatus = {
  /** One request starts retrying; call the returned function once when it has settled. */
  begin(): () => void {
    retrying++;
    emit();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      retrying--;
      emit();
    };
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  count: (): number => retrying,
};
