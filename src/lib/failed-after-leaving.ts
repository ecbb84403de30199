import { useCallback, useEffect, useRef } from 'react';
import { session } from './api';

/**
 * Writes that failed after the user had left the page that sent them (paused a campaign, then
 * went to the list): the page said "Pausing…" and is gone, so the app shell says it instead,
 * with a way back. Kept outside React: a failure outlives the component that sent the write.
 * On the page itself the control says it beside itself; that stays the one way there.
 */
export interface FailedWrite {
  id: number;
  /** What failed, for which thing: "Pausing the campaigns of X failed." */
  message: string;
  /** Why, in a sentence (describeError). */
  detail: string;
  /** The page to go back to, to see the state and try again. */
  link: { to: string; label: string };
  /** A newer failure about the same thing (event and field) replaces an older one. */
  about: string;
  /** The partner it was sent for: another partner's page would not open under this one. */
  partnerId: string | null;
}

let failures: readonly FailedWrite[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const set = (next: readonly FailedWrite[]) => { failures = next; listeners.forEach((listener) => listener()); };

export const failedAfterLeaving = {
  all: () => failures,
  add(failure: Omit<FailedWrite, 'id'>): void {
    set([...failures.filter((f) => f.about !== failure.about || f.partnerId !== failure.partnerId), { ...failure, id: nextId++ }]);
  },
  /** The same write went through later (on the page again, or another try): its failure is old news. */
  resolve(about: string, partnerId: string | null): void {
    if (failures.some((f) => f.about === about && f.partnerId === partnerId)) set(failures.filter((f) => f.about !== about || f.partnerId !== partnerId));
  },
  dismiss(id: number): void {
    if (failures.some((f) => f.id === id)) set(failures.filter((f) => f.id !== id));
  },
  clear: () => { if (failures.length > 0) set([]); },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => { listeners.delete(listener); };
  },
};

/**
 * For a component whose writes may outlive it: `tell(failure)` records the failure for the app
 * shell only when the component is no longer mounted (the user left its page); while it is, the
 * component shows the failure itself and `tell` does nothing. The partner is the one the
 * component was shown for.
 */
export function useTellIfLeft(): (failure: Omit<FailedWrite, 'id' | 'partnerId'>) => void {
  const mounted = useRef(false);
  const partnerId = useRef<string | null>(null);
  useEffect(() => {
    mounted.current = true;
    partnerId.current = session.get()?.partnerId ?? null;
    return () => { mounted.current = false; };
  }, []);
  return useCallback((failure: Omit<FailedWrite, 'id' | 'partnerId'>) => {
    if (!mounted.current) failedAfterLeaving.add({ ...failure, partnerId: partnerId.current });
  }, []);
}
