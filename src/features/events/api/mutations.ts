import { api } from '@/lib/api';

/** The values a user can set (§4.4); CANCELLED is read-only. */
export type SettableFrontendStatus = 'DEFAULT' | 'FLAGGED' | 'HIDDEN';

interface Options {
  signal?: AbortSignal | undefined;
  /** The partner the change is for (default: the session's current one). */
  partnerId?: string | undefined;
}

const e = encodeURIComponent;

/**
 * Step 1 of a flag/hide change (main API, 204). Step 2 is `markUpdatedOnFrontend`; callers must
 * run both and never report success after step 1 alone (§4.4).
 */
export function setFrontendStatus(eid: string, status: SettableFrontendStatus, { signal, partnerId }: Options = {}): Promise<void> {
  return api.send({
    method: 'PUT',
    path: `/events/${e(eid)}/setup_frontend_status`,
    json: { frontend_status: status },
    signal,
    ...(partnerId ? { partnerId } : {}),
  });
}

/** Step 2 of a flag/hide change (CR API, 204). */
export function markUpdatedOnFrontend(eid: string, { signal, partnerId }: Options = {}): Promise<void> {
  return api.send({
    method: 'PUT',
    host: 'cr',
    path: `/events/last_updated_on_fe/${e(eid)}`,
    json: { status: 'RUNNING' },
    signal,
    ...(partnerId ? { partnerId } : {}),
  });
}
