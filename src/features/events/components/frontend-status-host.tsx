import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { pendingStatusStore, statusControllerFor } from '../lib/status-runtime';
import { usePartnerId } from '../lib/use-frontend-status';
import { StatusNoticeRegion } from './status-notice-region';

/**
 * Mounted once in the app shell. On start (and per partner, and when the browser comes back
 * online) it retries every owed step 2 recorded for the current partner, so no flag/hide change
 * stays half-done across reloads or sessions; it also shows the status-change messages.
 */
export function FrontendStatusHost() {
  const queryClient = useQueryClient();
  const partnerId = usePartnerId();

  useEffect(() => {
    if (!partnerId) return;
    const controller = statusControllerFor(queryClient);
    const resume = () => { void controller.resume(partnerId); };
    const onStorage = (e: StorageEvent) => { if (e.key === null || e.key.startsWith('fd.pending')) pendingStatusStore.reload(); };
    resume();
    window.addEventListener('online', resume);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('online', resume);
      window.removeEventListener('storage', onStorage);
    };
  }, [queryClient, partnerId]);

  return <StatusNoticeRegion />;
}
