import type { PendingStatusStore, PendingStep } from './pending-status-store';

/**
 * The flag/hide two-step of contract §4.4, as pure orchestration:
 *   step 1 `setup_frontend_status` (main API) → record "step 2 owed" → step 2
 *   `last_updated_on_fe` (CR API) → forget the record.
 * Success only after both. Step 1 failing changes nothing. Step 2 failing leaves the durable
 * record, so the UI shows "not synced" and a retry (now, on Retry, or on the next app start)
 * runs step 2 alone — step 1 already holds on the server.
 *
 * Retries: each `api` call is one API-client call, which itself retries idempotent PUTs on
 * 5xx/429/network up to 5 attempts with exponential backoff and jitter. This module adds no
 * retry loop of its own, so attempts never multiply (5 per call, not 5 × N); further attempts
 * happen only on an explicit retry or an app start.
 */
export interface TwoStepApi {
  setStatus(eid: string, status: PendingStep['status']): Promise<void>;
  markSynced(eid: string): Promise<void>;
}

export type TwoStepOutcome =
  | { kind: 'done' }
  /** Step 1 failed: nothing changed on the server; the caller rolls back. */
  | { kind: 'step1-failed'; error: unknown }
  /** Step 1 succeeded, step 2 failed: the record stays until a retry succeeds. */
  | { kind: 'not-synced'; error: unknown };

export async function runTwoStep(
  step: PendingStep,
  api: TwoStepApi,
  store: PendingStatusStore,
  { onStepOneDone }: { onStepOneDone?: () => void } = {},
): Promise<TwoStepOutcome> {
  try {
    await api.setStatus(step.eid, step.status);
  } catch (error) {
    return { kind: 'step1-failed', error };
  }
  // Recorded before step 2 starts, so a reload during it still finds the debt.
  store.put(step);
  onStepOneDone?.();
  return runStepTwo(step, api, store);
}

/** Step 2 alone (Retry, app start). */
export async function runStepTwo(step: Pick<PendingStep, 'partnerId' | 'eid'>, api: TwoStepApi, store: PendingStatusStore): Promise<TwoStepOutcome> {
  try {
    await api.markSynced(step.eid);
  } catch (error) {
    return { kind: 'not-synced', error };
  }
  store.remove(step.partnerId, step.eid);
  return { kind: 'done' };
}
