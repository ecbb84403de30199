import type { QueryClient } from '@tanstack/react-query';
import { env } from '@/config/env';
import { fetchEvent } from '@/lib/event-queries';
import { markUpdatedOnFrontend, setFrontendStatus } from '../api/mutations';
import { createPendingStatusStore } from './pending-status-store';
import { createStatusController, type StatusController } from './status-controller';
import { createNoticeStore } from './status-notices';

/** The app's one durable record of owed step-2 calls (localStorage: survives reloads and sessions). */
export const pendingStatusStore = createPendingStatusStore(typeof window !== 'undefined' ? window.localStorage : undefined);

/** The app's status-change messages (rendered by FrontendStatusHost). */
export const statusNotices = createNoticeStore();

const controllers = new WeakMap<QueryClient, StatusController>();

/** One controller per QueryClient (the app has one; each test renders its own). */
export function statusControllerFor(queryClient: QueryClient): StatusController {
  let controller = controllers.get(queryClient);
  if (!controller) {
    controller = createStatusController({
      queryClient,
      api: {
        setStatus: (eid, status, partnerId) => setFrontendStatus(eid, status, { partnerId }),
        markSynced: (eid, partnerId) => markUpdatedOnFrontend(eid, { partnerId }),
        readStatus: async (eid, partnerId) => (await fetchEvent(eid, { partnerId })).frontend_status,
      },
      pending: pendingStatusStore,
      notices: statusNotices,
      timeZone: env.partnerTimeZone,
    });
    controllers.set(queryClient, controller);
  }
  return controller;
}
