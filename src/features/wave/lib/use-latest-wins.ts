import { useState, useSyncExternalStore } from 'react';
import { createLatestWinsWriter, type LatestWinsWriterOptions, type WriterState } from './latest-wins-writer';

/**
 * One serialised, latest-wins writer for the component's lifetime (key the component by event
 * so a new event gets a new writer). `display` is the user's wish while it is being written
 * and re-read, then the server's value.
 */
export function useLatestWins<T, R>(
  serverValue: T | null,
  create: () => LatestWinsWriterOptions<T, R>,
): WriterState<T, R> & { display: T | null; set: (value: T) => void; retry: () => void } {
  const [writer] = useState(() => createLatestWinsWriter(create()));
  const state = useSyncExternalStore(writer.subscribe, writer.getState, writer.getState);
  return { ...state, display: state.desired !== undefined ? state.desired : serverValue, set: writer.set, retry: writer.retry };
}
