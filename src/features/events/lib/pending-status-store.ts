import { z } from 'zod/mini';

/**
 * Durable record of a status change whose step 2 (CR `last_updated_on_fe`, contract §4.4) is
 * still owed: step 1 succeeded (or is on its way: `unconfirmed`), step 2 did not (yet). Survives reloads and sessions (localStorage)
 * so the app retries it on start. Holds only the event id, the target status and the partner —
 * never a token.
 */
export const SETTABLE_STATUSES = ['DEFAULT', 'FLAGGED', 'HIDDEN'] as const;
export type TargetStatus = (typeof SETTABLE_STATUSES)[number];

export interface PendingStep {
  partnerId: string;
  eid: string;
  status: TargetStatus;
  /**
   * Step 1 was sent but has not (or never) answered: whether it applied is unknown, so the event
   * is read back before step 2 (recorded before step 1 goes out, so a reload meanwhile loses nothing).
   */
  unconfirmed?: boolean;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const PENDING_STORAGE_KEY = 'fd.pending-frontend-status';

const storedSchema = z.array(z.object({ partnerId: z.string(), eid: z.string(), status: z.enum(SETTABLE_STATUSES), unconfirmed: z.optional(z.boolean()) }));

const sameStep = (a: Pick<PendingStep, 'partnerId' | 'eid'>, b: Pick<PendingStep, 'partnerId' | 'eid'>) =>
  a.partnerId === b.partnerId && a.eid === b.eid;

export function createPendingStatusStore(storage: KeyValueStorage | undefined) {
  let steps: readonly PendingStep[] = read();
  const listeners = new Set<() => void>();

  function read(): PendingStep[] {
    try {
      const raw = storage?.getItem(PENDING_STORAGE_KEY);
      const parsed = raw ? storedSchema.safeParse(JSON.parse(raw)) : null;
      return parsed?.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  function write(next: readonly PendingStep[]) {
    steps = next;
    try {
      if (next.length) storage?.setItem(PENDING_STORAGE_KEY, JSON.stringify(next));
      else storage?.removeItem(PENDING_STORAGE_KEY);
    } catch {
      // storage full or blocked: the in-memory record still drives the UI and this session's retries
    }
    listeners.forEach((l) => l());
  }

  return {
    /** Immutable snapshot (stable between changes, for useSyncExternalStore). */
    all: () => steps,
    forPartner: (partnerId: string) => steps.filter((s) => s.partnerId === partnerId),
    get: (partnerId: string, eid: string) => steps.find((s) => sameStep(s, { partnerId, eid })),
    /** One record per partner + event: the latest target wins. */
    put(step: PendingStep) {
      write([...steps.filter((s) => !sameStep(s, step)), step]);
    },
    remove(partnerId: string, eid: string) {
      if (steps.some((s) => sameStep(s, { partnerId, eid }))) write(steps.filter((s) => !sameStep(s, { partnerId, eid })));
    },
    /** Re-reads storage (another tab changed it). */
    reload() {
      const next = read();
      if (JSON.stringify(next) !== JSON.stringify(steps)) write(next);
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}

export type PendingStatusStore = ReturnType<typeof createPendingStatusStore>;
