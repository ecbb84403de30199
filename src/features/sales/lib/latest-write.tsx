import { createContext, useCallback, useContext, useId, useMemo, useState, type ReactNode } from 'react';

/**
 * The sales tools of one event each say what their last write did ("Imported 2 rows."). Once
 * another tool has written, that sentence describes data that may be gone (a bulk replace, a
 * clear): only the latest write's message stays.
 */
const LatestWrite = createContext<{ latest: string | null; wrote: (id: string) => void }>({ latest: null, wrote: () => undefined });

export function LatestWriteProvider({ children }: { children: ReactNode }) {
  const [latest, setLatest] = useState<string | null>(null);
  const value = useMemo(() => ({ latest, wrote: setLatest }), [latest]);
  return <LatestWrite.Provider value={value}>{children}</LatestWrite.Provider>;
}

/** For one tool: `report()` after its write succeeded; `current` until another tool writes. */
export function useLatestWrite(): { report: () => void; current: boolean } {
  const id = useId();
  const { latest, wrote } = useContext(LatestWrite);
  const report = useCallback(() => wrote(id), [wrote, id]);
  return { report, current: latest === null || latest === id };
}
