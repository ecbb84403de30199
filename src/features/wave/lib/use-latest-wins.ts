import { useReducer, useState, useSyncExternalStore } from 'react';
import { createLatestWinsWriter, type LatestWinsWriterOptions, type WriterState } from './latest-wins-writer';

/**
 * One serialised, latest-wins writer for the component's lifetime (key the component by event
 * so a new event gets a new writer). `display` is the user's wish while it is being written
 * and re-read, then the server's value. `failed`: the last write failed and that is still news —
 * not while a new one is on its way, nor once the event has been read again since the failure
 * was told (`readAt`: when the event was last read; a later write, of another control, re-read
 * it): the control then shows the server's state, and the old error would only mislead.
 */
export function useLatestWins<T, R>(
  serverValue: T | null,
  create: () => LatestWinsWriterOptions<T, R>,
  readAt?: number,
): WriterState<T, R> & { display: T | null; failed: boolean; set: (value: T) => void; retry: () => void } {
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
  // when the event had last been read as the failure was told (after its own re-read)
  const [told, setTold] = useState<{ error: unknown; readAt: number | undefined } | null>(null);
  if (state.phase === 'failed' && told?.error !== state.error) setTold({ error: state.error, readAt });
  const readSince = state.phase === 'failed' && told !== null && told.error === state.error && readAt !== undefined && told.readAt !== undefined && readAt > told.readAt;
  const failed = state.error !== undefined && state.phase !== 'writing' && !readSince;
  return { ...state, display: state.desired !== undefined ? state.desired : serverValue, failed, ...actions };
}
