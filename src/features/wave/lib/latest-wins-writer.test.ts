// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createLatestWinsWriter } from './latest-wins-writer';

/** A fake server: each write waits until the test resolves it; reconcile reads `server`. */
function harness({ failOn }: { failOn?: (value: boolean, n: number) => boolean } = {}) {
  const sent: boolean[] = [];
  const pending: (() => void)[] = [];
  let server = false;
  let reconciles = 0;
  const confirmed: (boolean | undefined)[] = [];
  let reconcileGate: Promise<void> = Promise.resolve();
  const writer = createLatestWinsWriter<boolean, string>({
    write: (value) =>
      new Promise<string>((resolve, reject) => {
        sent.push(value);
        const n = sent.length;
        pending.push(() => {
          if (failOn?.(value, n)) return reject(new Error(`write ${n} failed`));
          server = value;
          resolve(`ok ${n}`);
        });
      }),
    reconcile: async (value) => {
      reconciles += 1;
      confirmed.push(value);
      await reconcileGate;
    },
  });
  const flush = () => new Promise<void>((r) => setTimeout(r, 0));
  /** Completes the oldest write in flight and lets the writer react. */
  const finishWrite = async () => {
    pending.shift()?.();
    await flush();
  };
  return {
    writer, sent, finishWrite, flush, confirmed,
    get server() { return server; },
    get reconciles() { return reconciles; },
    holdReconcile() {
      let open = () => {};
      reconcileGate = new Promise<void>((r) => { open = r; });
      return () => { open(); return flush(); };
    },
  };
}

describe('createLatestWinsWriter', () => {
  it('one click: one write, then reconcile, then the wish is cleared', async () => {
    const h = harness();
    h.writer.set(true);
    expect(h.writer.getState()).toMatchObject({ desired: true, phase: 'writing', lastSent: true });
    await h.finishWrite();
    expect(h.sent).toEqual([true]);
    expect(h.reconciles).toBe(1);
    expect(h.writer.getState()).toMatchObject({ desired: undefined, phase: 'done', result: 'ok 1', error: undefined });
  });

  it('clicks during a write only move the wish; then exactly one more write of the latest wish', async () => {
    const h = harness();
    h.writer.set(true); // sent
    h.writer.set(false);
    h.writer.set(true);
    h.writer.set(false); // latest wish
    expect(h.sent).toEqual([true]);
    expect(h.writer.getState().desired).toBe(false);
    await h.finishWrite();
    expect(h.sent).toEqual([true, false]);
    expect(h.reconciles).toBe(0);
    await h.finishWrite();
    expect(h.sent).toEqual([true, false]);
    expect(h.server).toBe(false);
    expect(h.reconciles).toBe(1);
    expect(h.writer.getState()).toMatchObject({ desired: undefined, phase: 'done' });
  });

  it('no extra write when the latest wish equals what was sent (five rapid toggles: odd count)', async () => {
    const h = harness();
    let shown = false;
    for (let i = 0; i < 5; i++) {
      shown = !shown;
      h.writer.set(shown);
    }
    await h.finishWrite();
    expect(h.sent).toEqual([true]); // wish true == sent true: nothing more
    expect(h.server).toBe(shown);
    expect(h.reconciles).toBe(1);
  });

  it('keeps showing the wish until the reconcile has finished', async () => {
    const h = harness();
    const open = h.holdReconcile();
    h.writer.set(true);
    await h.finishWrite();
    expect(h.writer.getState()).toMatchObject({ desired: true, phase: 'reconciling' });
    await open();
    expect(h.writer.getState()).toMatchObject({ desired: undefined, phase: 'done' });
  });

  it('a click during the reconcile writes at once, and the old reconcile does not clear the new wish', async () => {
    const h = harness();
    const open = h.holdReconcile();
    h.writer.set(true);
    await h.finishWrite(); // reconciling (held)
    h.writer.set(false);
    expect(h.sent).toEqual([true, false]);
    await open(); // the first reconcile ends while write 2 is in flight
    expect(h.writer.getState()).toMatchObject({ desired: false, phase: 'writing' });
    await h.finishWrite();
    expect(h.writer.getState()).toMatchObject({ desired: undefined, phase: 'done' });
    expect(h.server).toBe(false);
  });

  it('a failed write reconciles, shows the error and retries the unreached wish', async () => {
    const h = harness({ failOn: (_v, n) => n === 1 });
    h.writer.set(true);
    h.writer.set(false);
    h.writer.set(true);
    await h.finishWrite();
    expect(h.sent).toEqual([true]); // no further write after a failure
    expect(h.reconciles).toBe(1);
    const failed = h.writer.getState();
    expect(failed).toMatchObject({ phase: 'failed', desired: undefined, failedValue: true });
    expect(String(failed.error)).toContain('write 1 failed');
    h.writer.retry();
    expect(h.writer.getState()).toMatchObject({ phase: 'writing', error: undefined, desired: true });
    await h.finishWrite();
    expect(h.sent).toEqual([true, true]);
    expect(h.server).toBe(true);
    expect(h.writer.getState().phase).toBe('done');
  });

  it('tells the reconcile what the server took: the written value, or nothing after a failure', async () => {
    const h = harness({ failOn: (_value, n) => n === 2 });
    h.writer.set(true);
    await h.finishWrite();
    h.writer.set(false);
    await h.finishWrite();
    expect(h.confirmed).toEqual([true, undefined]);
  });

  it('retry does nothing without a failure', () => {
    const h = harness();
    h.writer.retry();
    expect(h.sent).toEqual([]);
  });

  it('notifies subscribers on each change and stops after unsubscribe', async () => {
    const h = harness();
    const phases: string[] = [];
    const off = h.writer.subscribe(() => phases.push(h.writer.getState().phase));
    h.writer.set(true);
    await h.finishWrite();
    off();
    h.writer.set(false);
    expect(phases).toContain('writing');
    expect(phases.at(-1)).toBe('done');
    expect(phases).not.toContain('failed');
  });
});
