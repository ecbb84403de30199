import { outcomeUnknown } from '@/lib/write-outcome';
import type { PendingStatusStore, PendingStep } from './pending-status-store';

/**
 * The flag/hide two-step of contract §4.4, as pure orchestration:
 *   step 1 `setup_frontend_status` (main API) → record "step 2 owed" → step 2
 *   `last_updated_on_fe` (CR API) → forget the record.
 * Success only after both. Step 1 refused changes nothing. Step 2 failing leaves the durable
 * record, so the UI shows "not synced" and a retry (now, on Retry, or on the next app start)
 * runs step 2 alone — step 1 already holds on the server.
 *
 * Step 1 without an answer (time-out, lost connection, a 5xx after the client's retries) may still
 * have been applied. Step 2 is then recorded as owed first — never lost; a step 2 the server did
 * not need only tells the CR API to look again — and the event is read back: holding the new
 * status, the change goes on as if step 1 had answered; not holding it, nothing changed (the
 * record is dropped); unreadable, the outcome stays unknown and the record stays.
 *
 * Retries: each `api` call is one API-client call, which itself retries idempotent PUTs on
 * 5xx/429/network up to 5 attempts with exponential backoff and jitter. This module adds no
 * retry loop of its own, so attempts never multiply (5 per call, not 5 × N); further attempts
 * happen only on an explicit retry or an app start.
 */
/** Each call is made as `partnerId`, the partner the change belongs to, whoever is current by then. */
export interface TwoStepApi {
  setStatus(eid: string, status: PendingStep['status'], partnerId: string): Promise<void>;
  markSynced(eid: string, partnerId: string): Promise<void>;
  /** The event's frontend status as the server holds it now. */
  readStatus(eid: string, partnerId: string): Promise<string>;
}

export type TwoStepOutcome =
  | { kind: 'done' }
  /** Step 1 failed: nothing changed on the server; the caller rolls back. */
  | { kind: 'step1-failed'; error: unknown }
  /** Step 1 got no answer and the event could not be read back: step 2 stays recorded as owed. */
  | { kind: 'unknown'; error: unknown }
  /** Step 1 succeeded, step 2 failed: the record stays until a retry succeeds. */
  | { kind: 'not-synced'; error: unknown };

export async function runTwoStep(
  step: PendingStep,
  api: TwoStepApi,
  store: PendingStatusStore,
  { onStepOneDone }: { onStepOneDone?: () => void } = {},
): Promise<TwoStepOutcome> {
  // Recorded before step 1 goes out: a reload while it runs (it may take many seconds of retries)
  // must not lose step 2 if step 1 lands. A refusal puts back what was recorded before.
  const before = store.get(step.partnerId, step.eid);
  const nothingChanged = () => (before ? store.put(before) : store.remove(step.partnerId, step.eid));
  store.put({ ...step, unconfirmed: true });
  try {
    await api.setStatus(step.eid, step.status, step.partnerId);
  } catch (error) {
    if (!outcomeUnknown(error)) {
      nothingChanged();
      return { kind: 'step1-failed', error };
    }
    let held: string;
    try {
      held = await api.readStatus(step.eid, step.partnerId);
    } catch {
      return { kind: 'unknown', error };
    }
    if (held !== step.status) {
      nothingChanged();
      return { kind: 'step1-failed', error };
    }
  }
  // step 1 holds: step 2 is owed for certain, until it succeeds
  store.put({ partnerId: step.partnerId, eid: step.eid, status: step.status });
  onStepOneDone?.();
  return runStepTwo(step, api, store);
}

/**
 * An owed record found later (Retry, app start): an unconfirmed one is read back first — holding
 * its status, step 2 follows; not holding it, step 1 never applied and nothing is owed.
 */
export async function resumeStep(step: PendingStep, api: TwoStepApi, store: PendingStatusStore): Promise<TwoStepOutcome> {
  if (step.unconfirmed) {
    let held: string;
    try {
      held = await api.readStatus(step.eid, step.partnerId);
    } catch (error) {
      return { kind: 'unknown', error };
    }
    if (held !== step.status) {
      store.remove(step.partnerId, step.eid);
      return { kind: 'done' };
    }
    store.put({ partnerId: step.partnerId, eid: step.eid, status: step.status });
  }
  return runStepTwo(step, api, store);
}

/** Step 2 alone. */
export async function runStepTwo(step: Pick<PendingStep, 'partnerId' | 'eid'>, api: TwoStepApi, store: PendingStatusStore): Promise<TwoStepOutcome> {
  try {
    await api.markSynced(step.eid, step.partnerId);
  } catch (error) {
    return { kind: 'not-synced', error };
  }
  store.remove(step.partnerId, step.eid);
  return { kind: 'done' };
}
