import { useEffect, useState, useSyncExternalStore } from 'react';
import { retryStatus } from '@/lib/retry-status';

/** A retry that succeeds within this long goes unremarked (a blip, not trouble). */
const SHOW_AFTER_MS = 1000;

/**
 * "Still trying" while requests are being retried after failures: the panels waiting on them keep
 * their skeletons for up to about 7 s before an error, and silence read as a hang. A live region
 * there from the start; it floats under the header, so nothing moves.
 */
export function ConnectionNotice() {
  const retrying = useSyncExternalStore(retryStatus.subscribe, retryStatus.count, () => 0) > 0;
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!retrying) return undefined;
    const timer = setTimeout(() => setLate(true), SHOW_AFTER_MS);
    return () => { clearTimeout(timer); setLate(false); };
  }, [retrying]);
  return (
    <p className="connection-notice" role="status" aria-label="Connection">
      {retrying && late ? 'Having trouble reaching Future Demand — still trying…' : ''}
    </p>
  );
}
