import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { pendingStatusStore, statusControllerFor, statusNotices } from '../lib/status-runtime';
import { usePartnerId } from '../lib/use-frontend-status';
import { StatusNoticeRegion } from './status-notice-region';

/**
 * Mounted once in the app shell. On start (and per partner, and when the browser comes back
 * online) it retries every owed step 2 recorded for the current partner, so no flag/hide change
 * stays half-done across reloads or sessions; it also shows the status-change messages — only
 * the current partner's, and none left over once the partner changes or the user signs out (their
 * Undo and Retry belong to the partner they were made for).
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
      statusNotices.clear();
    };
  }, [queryClient, partnerId]);

  return partnerId ? <StatusNoticeRegion partnerId={partnerId} /> : null;
}
