// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError, TimeoutError } from '@/lib/api-errors';
import { createPendingStatusStore } from './pending-status-store';
import { resumeStep, runTwoStep, type TwoStepApi } from './two-step';

const PARTNER = 'partner-id-acme';
const step = { partnerId: PARTNER, eid: 'e1', status: 'FLAGGED' } as const;
const timeout = () => new TimeoutError('http://api/events/e1/setup_frontend_status', 20_000);

/** Step 1 fails with `error`; the read-back answers `held` (or fails when it is an Error). */
function api(error: Error, held: string | Error) {
  const calls: string[] = [];
  const fake: TwoStepApi = {
    setStatus: () => { calls.push('step1'); return Promise.reject(error); },
    markSynced: () => { calls.push('step2'); return Promise.resolve(); },
    readStatus: () => { calls.push('read'); return typeof held === 'string' ? Promise.resolve(held) : Promise.reject(held); },
  };
  return { fake, calls };
}

describe('the partner of a change', () => {
  it('every call is made as the partner the change belongs to', async () => {
    const partners: string[] = [];
    const fake: TwoStepApi = {
      setStatus: (_eid, _status, partnerId) => { partners.push(`step1 ${partnerId}`); return Promise.reject(timeout()); },
      readStatus: (_eid, partnerId) => { partners.push(`read ${partnerId}`); return Promise.resolve('FLAGGED'); },
      markSynced: (_eid, partnerId) => { partners.push(`step2 ${partnerId}`); return Promise.resolve(); },
    };
    await runTwoStep({ ...step, partnerId: 'partner-id-bravo' }, fake, createPendingStatusStore(undefined));
    expect(partners).toEqual(['step1 partner-id-bravo', 'read partner-id-bravo', 'step2 partner-id-bravo']);
  });
});

describe('step 1 without an answer', () => {
  it('a refusal (4xx) is final: no read-back, nothing recorded', async () => {
    const { fake, calls } = api(new ApiError({ status: 422 }), 'FLAGGED');
    const store = createPendingStatusStore(undefined);
    expect((await runTwoStep(step, fake, store)).kind).toBe('step1-failed');
    expect(calls).toEqual(['step1']);
    expect(store.all()).toEqual([]);
  });

  it('timed out but applied on the server: step 2 follows and the change is done', async () => {
    const { fake, calls } = api(timeout(), 'FLAGGED');
    const store = createPendingStatusStore(undefined);
    let stepOneDone = false;
    expect(await runTwoStep(step, fake, store, { onStepOneDone: () => { stepOneDone = true; } })).toEqual({ kind: 'done' });
    expect(calls).toEqual(['step1', 'read', 'step2']);
    expect(stepOneDone).toBe(true);
    expect(store.all()).toEqual([]);
  });

  it('connection lost and not applied: nothing changed, no step 2, nothing left recorded', async () => {
    const { fake, calls } = api(new NetworkError('offline'), 'DEFAULT');
    const store = createPendingStatusStore(undefined);
    expect((await runTwoStep(step, fake, store)).kind).toBe('step1-failed');
    expect(calls).toEqual(['step1', 'read']);
    expect(store.all()).toEqual([]);
  });

  it('a 5xx and the event unreadable: the outcome is unknown and step 2 stays owed', async () => {
    const { fake, calls } = api(new ApiError({ status: 503 }), timeout());
    const store = createPendingStatusStore(undefined);
    const outcome = await runTwoStep(step, fake, store);
    expect(outcome.kind).toBe('unknown');
    expect(calls).toEqual(['step1', 'read']);
    expect(store.all()).toEqual([{ ...step, unconfirmed: true }]);
  });
});

/** A storage shared by two stores: the page before and after a reload. */
function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => { map.set(k, v); }, removeItem: (k: string) => { map.delete(k); } };
}

describe('a reload while step 1 runs', () => {
  it('finds step 2 recorded (unconfirmed): step 1 may land after the page is gone', async () => {
    const storage = memoryStorage();
    const hanging: TwoStepApi = { setStatus: () => new Promise(() => undefined), markSynced: () => Promise.resolve(), readStatus: () => Promise.resolve('FLAGGED') };
    void runTwoStep(step, hanging, createPendingStatusStore(storage));
    await Promise.resolve();
    expect(createPendingStatusStore(storage).all()).toEqual([{ ...step, unconfirmed: true }]);
  });

  it('after the reload: held → step 2 and nothing owed; not held → nothing sent, nothing owed; unreadable → still owed', async () => {
    const run = async (held: string | Error) => {
      const store = createPendingStatusStore(undefined);
      store.put({ ...step, unconfirmed: true });
      const { fake, calls } = api(new Error('unused'), held);
      const outcome = await resumeStep({ ...step, unconfirmed: true }, fake, store);
      return { kind: outcome.kind, calls, left: store.all() };
    };
    expect(await run('FLAGGED')).toEqual({ kind: 'done', calls: ['read', 'step2'], left: [] });
    expect(await run('DEFAULT')).toEqual({ kind: 'done', calls: ['read'], left: [] });
    expect(await run(timeout())).toEqual({ kind: 'unknown', calls: ['read'], left: [{ ...step, unconfirmed: true }] });
  });

  it('a refusal puts back the step 2 an earlier change still owed', async () => {
    const store = createPendingStatusStore(undefined);
    const earlier = { ...step, status: 'HIDDEN' } as const;
    store.put(earlier);
    const { fake } = api(new ApiError({ status: 422 }), 'FLAGGED');
    expect((await runTwoStep(step, fake, store)).kind).toBe('step1-failed');
    expect(store.all()).toEqual([earlier]);
  });
});
