import { useEffect, useState, useSyncExternalStore } from 'react';
import { retryStatus, type RetryState } from '@/lib/retry-status';

/** A retry that succeeds within this long goes unremarked (a blip, not trouble). */
const SHOW_AFTER_MS = 1000;

const SAID: Record<Exclude<RetryState, null>, string> = {
  // a 429: the server answered, so "reaching" it is not the trouble; the wait is longer
  busy: 'Future Demand is busy right now — trying again in a few seconds…',
  failing: 'Having trouble reaching Future Demand — still trying…',
};

/**
 * What the wait is while requests are being retried after failures: the panels waiting on them
 * keep their skeletons (up to about 7 s after failures, 30 s when the API asks to slow down)
 * before an error, and silence read as a hang. A live region there from the start; it floats
 * under the header, so nothing moves.
 */
export function ConnectionNotice() {
  const state = useSyncExternalStore(retryStatus.subscribe, retryStatus.state, () => null);
  const [late, setLate] = useState(false);
  const retrying = state !== null;
  useEffect(() => {
    if (!retrying) return undefined;
    const timer = setTimeout(() => setLate(true), SHOW_AFTER_MS);
    return () => { clearTimeout(timer); setLate(false); };
  }, [retrying]);
  return (
    <p className="connection-notice" role="status" aria-label="Connection">
      {state && late ? SAID[state] : ''}
    </p>
  );
}
