import { useEffect, useId } from 'react';

/**
 * What would be lost if the whole page went away now (an upload running, edits not saved), for
 * the actions that replace everything at once, such as switching partner: they ask first, naming
 * it. A page registers with useUnsavedWork while it has such work.
 */
const reasons = new Map<string, string>();

export const unsavedWork = {
  /** One sentence per kind of work, e.g. "The workbook upload still running is cancelled." (each once) */
  reasons: (): readonly string[] => [...new Set(reasons.values())],
};

/** Registers `reason` while it is not null (and the component is mounted). */
export function useUnsavedWork(reason: string | null): void {
  const id = useId();
  useEffect(() => {
    if (!reason) return;
    reasons.set(id, reason);
    return () => { reasons.delete(id); };
  }, [id, reason]);
}

/** Navigation state of a switch the user has already confirmed: page guards let it through. */
export const CONFIRMED_LEAVE = { confirmedLeave: true } as const;
export const isConfirmedLeave = (state: unknown) =>
  typeof state === 'object' && state !== null && (state as { confirmedLeave?: unknown }).confirmedLeave === true;
