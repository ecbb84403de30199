import { useDeferredValue } from 'react';

/**
 * A query's data, with its first arrival drawn in a deferred (interruptible) render.
 *
 * A query result is a synchronous update (useSyncExternalStore), and a table of events drawn in one
 * go blocks a phone's main thread for ≈ 200 ms (4x CPU) just after the page has painted its
 * skeleton. Deferred, React renders it in slices while the skeleton stays up. Later changes (a
 * filter, another page) render at once and schedule no second render, so the table answers a
 * filter change without delay. (Tried on the event page's panels too: no gain in Lighthouse's
 * blocking time and a later largest paint, so not used there.)
 */
export function useFirstDataDeferred<T>(data: T | undefined): T | undefined {
  // defers "is there data", not the data: a new value would schedule a background re-render of
  // the whole table after every change, delaying the next frame
  const shownHasData = useDeferredValue(data !== undefined);
  return shownHasData ? data : undefined;
}
