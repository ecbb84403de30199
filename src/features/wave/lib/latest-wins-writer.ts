/**
 * Serialises writes to one server-side value (a switch, pause/resume) so rapid clicks can never
 * leave the UI and the server disagreeing (architecture rule 8):
 *
 * - one write in flight at a time; clicks meanwhile only update `desired`;
 * - when a write finishes and `desired` differs from what was last sent, exactly one more write
 *   (of the latest wish) goes out — intermediate wishes are dropped;
 * - once nothing is left to send (or a write failed), `reconcile` (refetch the server's state)
 *   runs, and only then is `desired` cleared, so the UI goes straight from the wish to the
 *   server's truth without flickering back.
 */
export type WriterPhase = 'idle' | 'writing' | 'reconciling' | 'done' | 'failed';

export interface WriterState<T, R> {
  /** The user's latest wish until the server's state has been re-read; `undefined` otherwise. */
  desired: T | undefined;
  phase: WriterPhase;
  /** The value of the write in flight, or of the last one sent. */
  lastSent: T | undefined;
  /** What the last successful write answered (e.g. a task state). */
  result: R | undefined;
  /** Why the last write failed (phase `failed`, or `reconciling` after a failure). */
  error: unknown;
  /** The wish a failed write left unreached (what `retry` sends again). */
  failedValue: T | undefined;
}

export interface LatestWinsWriterOptions<T, R> {
  write: (value: T) => Promise<R>;
  /**
   * Re-read the server's state; its errors are the query's business and are ignored here.
   * `confirmed`: the value the server took (the last write succeeded), else undefined.
   */
  reconcile: (confirmed: T | undefined) => Promise<unknown>;
  /**
   * A write failed (told as it fails, before the re-read): `value` is the wish it left unreached.
   * For telling it elsewhere once the control is gone (its page was left).
   */
  onFailed?: (error: unknown, value: T) => void;
}

export interface LatestWinsWriter<T, R> {
  set: (value: T) => void;
  /** Sends the failed value again. */
  retry: () => void;
  getState: () => WriterState<T, R>;
  subscribe: (listener: () => void) => () => void;
}

export function createLatestWinsWriter<T, R = void>({ write, reconcile, onFailed }: LatestWinsWriterOptions<T, R>): LatestWinsWriter<T, R> {
  let state: WriterState<T, R> = {
    desired: undefined, phase: 'idle', lastSent: undefined, result: undefined, error: undefined, failedValue: undefined,
  };
  const listeners = new Set<() => void>();
  /** Bumped on every write; a reconcile only clears `desired` if no write started since. */
  let generation = 0;

  const update = (patch: Partial<WriterState<T, R>>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  async function settle(afterFailure: boolean) {
    const gen = generation;
    update({ phase: 'reconciling' });
    await reconcile(afterFailure ? undefined : state.lastSent).catch(() => undefined);
    if (gen !== generation) return; // a newer click took over
    update({ desired: undefined, phase: afterFailure ? 'failed' : 'done' });
  }

  async function send(value: T) {
    generation += 1;
    update({ phase: 'writing', lastSent: value, error: undefined, failedValue: undefined });
    let result: R;
    try {
      result = await write(value);
    } catch (error) {
      const failedValue = state.desired ?? value;
      update({ error, failedValue });
      onFailed?.(error, failedValue);
      await settle(true);
      return;
    }
    update({ result });
    const next = state.desired;
    if (next !== undefined && !Object.is(next, value)) {
      await send(next);
      return;
    }
    await settle(false);
  }

  function set(value: T) {
    update({ desired: value });
    if (state.phase !== 'writing') void send(value);
  }

  return {
    set,
    retry() {
      if (state.failedValue !== undefined && state.phase !== 'writing') set(state.failedValue);
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
