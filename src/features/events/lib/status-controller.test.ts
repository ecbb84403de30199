// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { ApiError, TimeoutError } from '@/lib/api-errors';
import type { Event } from '@/lib/schemas/event';
import { eventSchema } from '@/lib/schemas/event';
import { eventQueries } from '../api/queries';
import type { EventList } from '../api/schemas';
import { createPendingStatusStore, PENDING_STORAGE_KEY } from './pending-status-store';
import { createStatusController } from './status-controller';
import { createNoticeStore } from './status-notices';
import type { TwoStepApi } from './two-step';

const PARTNER = 'partner-id-acme';
const event = (id: string, frontend_status = 'DEFAULT'): Event =>
  eventSchema.parse({ id, title: `Event ${id}`, start_date_time: '2026-12-01T19:00:00Z', frontend_status });

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    raw: data,
  };
}

const down = () => new ApiError({ status: 503 });

/** A fake API that logs calls; step behaviours are queues of "ok" | Error (default ok). */
function fakeApi(step1: (true | Error)[] = [], step2: (true | Error)[] = []) {
  const calls: string[] = [];
  const next = (queue: (true | Error)[]) => {
    const r = queue.shift() ?? true;
    return r === true ? Promise.resolve() : Promise.reject(r);
  };
  const api: TwoStepApi = {
    setStatus: vi.fn((eid: string, status: string) => { calls.push(`step1 ${eid} ${status}`); return next(step1); }),
    markSynced: vi.fn((eid: string) => { calls.push(`step2 ${eid}`); return next(step2); }),
    readStatus: vi.fn((eid: string) => { calls.push(`read ${eid}`); return Promise.resolve('DEFAULT'); }),
  };
  return { api, calls };
}

function setup(api: TwoStepApi, storage = memoryStorage()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const pending = createPendingStatusStore(storage);
  const notices = createNoticeStore();
  const controller = createStatusController({ queryClient, api, pending, notices, timeZone: 'Europe/Berlin' });
  return { queryClient, pending, notices, controller, storage };
}

const page = (items: Event[]): EventList => ({ total: items.length, limit: 50, page: 1, pages: 1, items });

describe('the two-step policy', () => {
  it('runs step 1 then step 2, records nothing on success, and says so', async () => {
    const { api, calls } = fakeApi();
    const { controller, pending, notices, storage } = setup(api);
    const outcome = await controller.change(PARTNER, event('e1'), 'FLAGGED');
    expect(outcome).toEqual({ kind: 'done' });
    expect(calls).toEqual(['step1 e1 FLAGGED', 'step2 e1']);
    expect(pending.all()).toEqual([]);
    expect(storage.raw.has(PENDING_STORAGE_KEY)).toBe(false);
    expect(notices.all()[0]).toMatchObject({ tone: 'success', message: '“Event e1” (Tue 1 Dec) flagged.' });
  });

  it('step 2 failing once: "not synced" and recorded durably, then Retry clears it', async () => {
    const { api, calls } = fakeApi([], [down()]);
    const { controller, pending, notices, storage } = setup(api);
    expect((await controller.change(PARTNER, event('e1'), 'HIDDEN')).kind).toBe('not-synced');
    expect(pending.get(PARTNER, 'e1')).toEqual({ partnerId: PARTNER, eid: 'e1', status: 'HIDDEN' });
    expect(JSON.parse(storage.raw.get(PENDING_STORAGE_KEY) ?? '[]')).toEqual([{ partnerId: PARTNER, eid: 'e1', status: 'HIDDEN' }]);
    expect(notices.all()[0]).toMatchObject({ tone: 'warning', action: { label: 'Retry' } });

    expect(await controller.retry(PARTNER, event('e1'))).toEqual({ kind: 'done' });
    // step 1 is never repeated: it already holds on the server
    expect(calls).toEqual(['step1 e1 HIDDEN', 'step2 e1', 'step2 e1']);
    expect(pending.all()).toEqual([]);
    expect(storage.raw.has(PENDING_STORAGE_KEY)).toBe(false);
  });

  it('step 2 failing always: stays recorded through retries and a reload', async () => {
    const failures = Array.from({ length: 10 }, down);
    const { api, calls } = fakeApi([], failures);
    const { controller, pending, storage } = setup(api);
    await controller.change(PARTNER, event('e1'), 'FLAGGED');
    expect((await controller.retry(PARTNER, event('e1'))).kind).toBe('not-synced');
    expect(pending.get(PARTNER, 'e1')).toBeDefined();

    // "reload": a new store and controller over the same storage
    const reloaded = setup(api, storage);
    expect(reloaded.pending.get(PARTNER, 'e1')).toEqual({ partnerId: PARTNER, eid: 'e1', status: 'FLAGGED' });
    await reloaded.controller.resume(PARTNER);
    expect(reloaded.pending.get(PARTNER, 'e1')).toBeDefined();
    expect(reloaded.notices.all()[0]).toMatchObject({ tone: 'warning', message: expect.stringContaining('One flag/hide change is not synced') });
    expect(calls.filter((c) => c.startsWith('step1'))).toHaveLength(1);
  });

  it('recovers after a reload: app start retries step 2 for the current partner only', async () => {
    const { api } = fakeApi([], [down()]);
    const first = setup(api);
    await first.controller.change(PARTNER, event('e1'), 'HIDDEN');
    first.pending.put({ partnerId: 'partner-id-bravo', eid: 'b1', status: 'FLAGGED' });

    const { api: api2, calls } = fakeApi();
    const reloaded = setup(api2, first.storage);
    await reloaded.controller.resume(PARTNER);
    expect(calls).toEqual(['step2 e1']);
    expect(reloaded.pending.all()).toEqual([{ partnerId: 'partner-id-bravo', eid: 'b1', status: 'FLAGGED' }]);
    expect(reloaded.notices.all()).toEqual([]);
  });

  it('two app starts at once (StrictMode, back online) send step 2 once', async () => {
    const { api } = fakeApi([], [down()]);
    const first = setup(api);
    await first.controller.change(PARTNER, event('e1'), 'FLAGGED');
    const { api: api2, calls } = fakeApi();
    const reloaded = setup(api2, first.storage);
    await Promise.all([reloaded.controller.resume(PARTNER), reloaded.controller.resume(PARTNER)]);
    expect(calls).toEqual(['step2 e1']);
    expect(reloaded.pending.all()).toEqual([]);
  });

  it('step 1 failing: rolls the optimistic change back, never calls step 2, records nothing', async () => {
    let fail: () => void = () => undefined;
    const calls: string[] = [];
    const api: TwoStepApi = {
      setStatus: (eid, s) => { calls.push(`step1 ${eid} ${s}`); return new Promise<void>((_, reject) => { fail = () => reject(down()); }); },
      markSynced: (eid) => { calls.push(`step2 ${eid}`); return Promise.resolve(); },
      readStatus: () => Promise.resolve('DEFAULT'),
    };
    const { controller, queryClient, pending, notices } = setup(api);
    const rows = [event('e1'), event('e2')];
    const listKey = eventQueries.list({}).queryKey;
    queryClient.setQueryData(listKey, page(rows));
    queryClient.setQueryData(eventQueries.detail('e2').queryKey, rows[1]);

    const running = controller.change(PARTNER, event('e2'), 'FLAGGED');
    await vi.waitFor(() => expect(queryClient.getQueryData<EventList>(listKey)?.items.map((e) => [e.id, e.frontend_status])).toEqual([['e2', 'FLAGGED'], ['e1', 'DEFAULT']]));
    expect(queryClient.getQueryData<Event>(eventQueries.detail('e2').queryKey)?.frontend_status).toBe('FLAGGED');

    fail();
    expect((await running).kind).toBe('step1-failed');
    expect(calls).toEqual(['step1 e2 FLAGGED']);
    expect(queryClient.getQueryData<EventList>(listKey)?.items.map((e) => [e.id, e.frontend_status])).toEqual([['e1', 'DEFAULT'], ['e2', 'DEFAULT']]);
    expect(queryClient.getQueryData<Event>(eventQueries.detail('e2').queryKey)?.frontend_status).toBe('DEFAULT');
    expect(pending.all()).toEqual([]);
    expect(notices.all()[0]).toMatchObject({ tone: 'error', message: expect.stringContaining('Could not flag “Event e2” (Tue 1 Dec)'), action: { label: 'Try again' } });

    // "Try again" sends the same change once more
    notices.all()[0]?.action?.run();
    await vi.waitFor(() => expect(calls).toEqual(['step1 e2 FLAGGED', 'step1 e2 FLAGGED']));
    fail();
  });

  it('step 1 unanswered and the event unreadable: rolls back, says it could not confirm, offers Try again', async () => {
    const calls: string[] = [];
    const api: TwoStepApi = {
      setStatus: (eid, s) => { calls.push(`step1 ${eid} ${s}`); return Promise.reject(new TimeoutError('u', 20_000)); },
      markSynced: (eid) => { calls.push(`step2 ${eid}`); return Promise.resolve(); },
      readStatus: () => Promise.reject(new TimeoutError('u', 20_000)),
    };
    const { controller, queryClient, pending, notices } = setup(api);
    const listKey = eventQueries.list({}).queryKey;
    queryClient.setQueryData(listKey, page([event('e1')]));
    expect((await controller.change(PARTNER, event('e1'), 'HIDDEN')).kind).toBe('unknown');
    expect(queryClient.getQueryData<EventList>(listKey)?.items.map((e) => e.id)).toEqual(['e1']);
    expect(pending.get(PARTNER, 'e1')).toEqual({ partnerId: PARTNER, eid: 'e1', status: 'HIDDEN', unconfirmed: true }); // read back before step 2
    expect(notices.all()[0]).toMatchObject({
      tone: 'warning', action: { label: 'Try again' },
      message: 'Could not confirm that “Event e1” (Tue 1 Dec) was hidden: The server did not answer in time. The list shows the server’s state once it answers again.',
    });
  });

  it('hiding an event whose campaigns deliver says that they keep running', async () => {
    const { api } = fakeApi();
    const { controller, notices } = setup(api);
    await controller.change(PARTNER, { ...event('e3'), campaign_status: 'RUNNING' }, 'HIDDEN');
    expect(notices.all()[0]?.message).toBe('“Event e3” (Tue 1 Dec) hidden. Its campaigns keep running; pause them in Wave to stop them.');
    await controller.change(PARTNER, { ...event('e4'), campaign_status: 'OPEN' }, 'HIDDEN');
    expect(notices.all().find((n) => n.message.includes('e4'))?.message).toBe('“Event e4” (Tue 1 Dec) hidden.');
    // paused by the client: nothing is delivering, so nothing to warn about
    await controller.change(PARTNER, { ...event('e5'), campaign_status: 'RUNNING', client_campaign_status: 'PAUSED' }, 'HIDDEN');
    expect(notices.all().find((n) => n.message.includes('e5'))?.message).toBe('“Event e5” (Tue 1 Dec) hidden.');
  });

  it('hide removes the row at once and offers Undo, which restores the previous status by the same two steps', async () => {
    const { api, calls } = fakeApi();
    const { controller, queryClient, notices } = setup(api);
    const listKey = eventQueries.list({}).queryKey;
    const hiddenKey = eventQueries.list({ showHidden: true }).queryKey;
    queryClient.setQueryData(listKey, page([event('e1', 'FLAGGED'), event('e2')]));
    queryClient.setQueryData(hiddenKey, page([]));

    await controller.change(PARTNER, event('e1', 'FLAGGED'), 'HIDDEN');
    expect(queryClient.getQueryData<EventList>(listKey)?.items.map((e) => e.id)).toEqual(['e2']);
    expect(queryClient.getQueryData<EventList>(listKey)?.total).toBe(1);
    const undo = notices.all()[0];
    expect(undo).toMatchObject({ message: '“Event e1” (Tue 1 Dec) hidden.', action: { label: 'Undo' } });

    undo?.action?.run();
    await vi.waitFor(() => expect(calls).toHaveLength(4));
    expect(calls).toEqual(['step1 e1 HIDDEN', 'step2 e1', 'step1 e1 FLAGGED', 'step2 e1']);
  });

  it('flag offers Undo too, which takes the event back to its previous status by the same two steps', async () => {
    const { api, calls } = fakeApi();
    const { controller, queryClient, notices } = setup(api);
    const listKey = eventQueries.list({}).queryKey;
    queryClient.setQueryData(listKey, page([event('e1'), event('e2')]));

    await controller.change(PARTNER, event('e2'), 'FLAGGED');
    const undo = notices.all()[0];
    expect(undo).toMatchObject({ message: '“Event e2” (Tue 1 Dec) flagged.', action: { label: 'Undo' } });

    undo?.action?.run();
    await vi.waitFor(() => expect(notices.all()[0]?.message).toBe('“Event e2” (Tue 1 Dec) unflagged.'));
    expect(calls).toEqual(['step1 e2 FLAGGED', 'step2 e2', 'step1 e2 DEFAULT', 'step2 e2']);
    expect(notices.all()).toHaveLength(1);
  });

  it('names the date and city of the event in every message: tours repeat their titles', async () => {
    const { api } = fakeApi([], [new ApiError({ status: 400 }), new ApiError({ status: 400 })]);
    const { controller, notices } = setup(api);
    const tour = (id: string, start: string, city: string | null) =>
      eventSchema.parse({ id, title: 'Velo E1 Unveiling', start_date_time: start, city, frontend_status: 'DEFAULT' });
    // 23:30 UTC on Saturday is already Sunday in Berlin, the partner's time zone
    const leipzig = tour('v2', '2026-12-19T23:30:00Z', 'Leipzig');
    const hamburg = tour('v3', '2026-12-22T17:00:00Z', 'Hamburg');
    const unknownCity = tour('v4', '2026-12-17T16:00:00Z', null);

    await controller.change(PARTNER, leipzig, 'FLAGGED'); // step 2 refused: not synced
    expect(notices.all()[0]?.message).toMatch(/^“Velo E1 Unveiling” \(Sun 20 Dec, Leipzig\) is flagged, but the change is not synced yet\./);
    await controller.retry(PARTNER, leipzig); // refused again
    expect(notices.all()[0]?.message).toMatch(/^“Velo E1 Unveiling” \(Sun 20 Dec, Leipzig\) is still not synced\./);
    await controller.retry(PARTNER, leipzig);
    expect(notices.all()[0]?.message).toBe('“Velo E1 Unveiling” (Sun 20 Dec, Leipzig) is synced.');

    await controller.change(PARTNER, hamburg, 'HIDDEN');
    await controller.change(PARTNER, unknownCity, 'HIDDEN');
    expect(notices.all().map((n) => n.message)).toEqual(expect.arrayContaining([
      '“Velo E1 Unveiling” (Tue 22 Dec, Hamburg) hidden.',
      '“Velo E1 Unveiling” (Thu 17 Dec) hidden.',
    ]));
    notices.all().find((n) => n.message.includes('Hamburg'))?.action?.run();
    await vi.waitFor(() => expect(notices.all().map((n) => n.message)).toContain('“Velo E1 Unveiling” (Tue 22 Dec, Hamburg) shown again.'));
  });

  it('names the date in the user\'s locale', async () => {
    vi.stubGlobal('navigator', { language: 'de-DE' });
    try {
      const { api } = fakeApi([new ApiError({ status: 403 })]);
      const { controller, notices } = setup(api);
      await controller.change(PARTNER, eventSchema.parse({ id: 'k1', title: 'Kunsthandwerkermarkt', start_date_time: '2026-12-10T08:00:00Z', city: 'Köln' }), 'FLAGGED');
      expect(notices.all()[0]?.message).toMatch(/^Could not flag “Kunsthandwerkermarkt” \(Do\., 10\. Dez\., Köln\): /);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('runs changes to one event one after another', async () => {
    let release: () => void = () => undefined;
    const calls: string[] = [];
    const api: TwoStepApi = {
      setStatus: (eid, s) => { calls.push(`step1 ${s}`); return s === 'FLAGGED' ? new Promise<void>((r) => { release = r; }) : Promise.resolve(); },
      markSynced: () => { calls.push('step2'); return Promise.resolve(); },
      readStatus: () => Promise.resolve('DEFAULT'),
    };
    const { controller } = setup(api);
    const a = controller.change(PARTNER, event('e1'), 'FLAGGED');
    const b = controller.change(PARTNER, event('e1', 'FLAGGED'), 'DEFAULT');
    await vi.waitFor(() => expect(calls).toEqual(['step1 FLAGGED']));
    release();
    await Promise.all([a, b]);
    expect(calls).toEqual(['step1 FLAGGED', 'step2', 'step1 DEFAULT', 'step2']);
  });
});
