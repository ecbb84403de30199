import { useEffect, useState } from 'react';

/** setTimeout's longest delay (about 24.8 days); a later moment is waited for in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * The time, held still between the moments that matter: `nextChange(now)` says when what the page
 * shows would change next (an event's start, the end of its day), or null for never. The page
 * renders again just after that moment, so a page left open does not keep offering what has
 * ended; there is no ticking in between.
 */
export function useNow(nextChange: (now: number) => number | null): number {
  const [now, setNow] = useState(() => Date.now());
  const next = nextChange(now);
  useEffect(() => {
    if (next === null) return undefined;
    // a little after the moment, so that a clock read then is past it
    const timer = setTimeout(() => setNow(Date.now()), Math.min(MAX_DELAY, Math.max(0, next - Date.now()) + 50));
    return () => clearTimeout(timer);
  }, [next, now]);
  return now;
}
