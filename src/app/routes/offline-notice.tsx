import { useSyncExternalStore } from 'react';
import { onlineManager } from '@tanstack/react-query';

/**
 * Says so while the browser is offline. TanStack Query holds reads until the connection is back,
 * so without this a page just waits: "updating…", a range
 * "Loading…" or a page that does not change, with no word why. Goes once the connection is back.
 */
const subscribe = (listener: () => void) => onlineManager.subscribe(listener);
const isOnline = () => onlineManager.isOnline();

export function OfflineNotice() {
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  return (
    <div aria-live="polite" className="offline-notice">
      {!online && (
        <p className="notice">
          <strong>You are offline.</strong> What you see may be out of date, and changes cannot be saved until the connection is back.
        </p>
      )}
    </div>
  );
}
