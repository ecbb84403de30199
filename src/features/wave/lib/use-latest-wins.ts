import { useReducer, useState, useSyncExternalStore } from 'react';
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
  // The store subscription is made in an effect, so a click that lands between a commit and its
  // effects (a busy main thread just after the page appears) would not re-render: the switch
  // would keep showing the old value and the next click would repeat the same wish. Clicks
  // therefore also re-render through React state, which works from the first commit on.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [actions] = useState(() => ({
    set: (value: T) => { writer.set(value); rerender(); },
    retry: () => { writer.retry(); rerender(); },
  }));
  return { ...state, display: state.desired !== undefined ? state.desired : serverValue, ...actions };
}
