import type { QueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/api-errors';
import { formatNumber } from '@/lib/format';
import { titleWithWhenAndWhere } from '@/lib/when-and-where';
import { describeUnsureWrite } from '@/lib/write-outcome';
import { applyOptimisticStatus, reconcileStatus } from './optimistic-status';
import type { PendingStatusStore, TargetStatus } from './pending-status-store';
import type { NoticeStore } from './status-notices';
import { resumeStep, runStepTwo, runTwoStep, type TwoStepApi, type TwoStepOutcome } from './two-step';

export type StatusPhase = 'saving' | 'syncing';
/** The row's buttons: which one a change was made with. */
export type StatusButton = 'flag' | 'hide' | 'unhide';

/** The button that makes `target` from `from` (the one pressed for that change). */
const buttonFor = (from: string, target: TargetStatus): StatusButton =>
  target === 'HIDDEN' ? 'hide' : from === 'HIDDEN' ? 'unhide' : 'flag';

/** How long a restored row may take to reappear and take the focus back. */
const FOCUS_RETURN_MS = 5_000;

export interface StatusEvent {
  id: string;
  title: string;
  /** Date and city name the event in messages: a tour repeats its title on many dates. */
  start_date_time: string;
  city?: string | null;
  frontend_status: string;
  campaign_status?: string | null;
  client_campaign_status?: string | null;
}

const keyOf = (partnerId: string, eid: string) => `${partnerId}:${eid}`;

function wording(from: string, to: TargetStatus) {
  if (to === 'HIDDEN') return { verb: 'hide', done: 'hidden' };
  if (from === 'HIDDEN') return { verb: 'unhide', done: 'shown again' };
  return to === 'FLAGGED' ? { verb: 'flag', done: 'flagged' } : { verb: 'unflag', done: 'unflagged' };
}

/** What a message names an event by: its title, date and city (titles repeat across dates). */
type Named = Pick<StatusEvent, 'id' | 'title' | 'start_date_time' | 'city'>;

/**
 * Runs flag/unflag/hide/unhide for the whole app: optimistic cache update, the two-step
 * (lib/two-step), rollback when step 1 fails, "not synced" + durable retry when step 2 fails,
 * notices (with Undo). Changes to one event run one after another, never interleaved. Notices
 * name the event with its date (in `timeZone`, the partner's) and city.
 */
export function createStatusController({ queryClient, api, pending, notices, timeZone }: {
  queryClient: QueryClient;
  api: TwoStepApi;
  pending: PendingStatusStore;
  notices: NoticeStore;
  timeZone: string;
}) {
  const nameOf = (event: Named) => titleWithWhenAndWhere(event, timeZone);

  let phases: ReadonlyMap<string, StatusPhase> = new Map();
  const listeners = new Set<() => void>();
  const queues = new Map<string, Promise<unknown>>();
  // after an Undo, the button the change was made with takes keyboard focus back when its row is
  // shown again (the Undo itself is gone), rather than the next message's Undo, which would redo
  const focusReturns = new Map<string, { button: StatusButton; until: number }>();

  function setPhase(key: string, phase: StatusPhase | null) {
    const next = new Map(phases);
    if (phase) next.set(key, phase); else next.delete(key);
    phases = next;
    listeners.forEach((l) => l());
  }

  function serially<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => { if (queues.get(key) === tail) queues.delete(key); });
    return run;
  }

  function retryAction(partnerId: string, event: Named) {
    return { label: 'Retry', run: () => { void retry(partnerId, event); } };
  }

  async function change(partnerId: string, event: StatusEvent, target: TargetStatus, { undoing = false } = {}): Promise<TwoStepOutcome> {
    const key = keyOf(partnerId, event.id);
    const { verb, done } = wording(event.frontend_status, target);
    const name = nameOf(event);
    notices.dismissAbout(key);
    return serially(key, async () => {
      setPhase(key, 'saving');
      const rollback = await applyOptimisticStatus(queryClient, event.id, target);
      try {
        const outcome = await runTwoStep({ partnerId, eid: event.id, status: target }, api, pending, {
          onStepOneDone: () => setPhase(key, 'syncing'),
        });
        const tryAgain = { label: 'Try again', run: () => { void change(partnerId, event, target); } };
        if (outcome.kind === 'step1-failed') {
          rollback();
          notices.push({
            about: key, tone: 'error', action: tryAgain,
            message: `Could not ${verb} ${name}: ${describeError(outcome.error)} Nothing was changed.`,
          });
        } else if (outcome.kind === 'unknown') {
          // the list shows what the server holds once it answers (reconcile below); setting a
          // status again is harmless, so "Try again" is safe whichever way it went
          rollback();
          notices.push({
            about: key, tone: 'warning', action: tryAgain,
            message: `Could not confirm that ${name} was ${done}: ${describeUnsureWrite(outcome.error)} The list shows the server’s state once it answers again.`,
          });
        } else if (outcome.kind === 'not-synced') {
          notices.push({
            about: key, tone: 'warning', action: retryAction(partnerId, event),
            message: `${name} is ${done}, but the change is not synced yet. ${describeError(outcome.error)} Use Retry, or it is retried the next time the app starts.`,
          });
        } else {
          // every change can be taken back from its message: hidden rows leave the list, and a
          // flag toggled by mistake should not need finding the row again
          const previous: TargetStatus = event.frontend_status === 'FLAGGED' || event.frontend_status === 'HIDDEN' ? event.frontend_status : 'DEFAULT';
          const undo = () => {
            focusReturns.set(key, { button: buttonFor(event.frontend_status, target), until: Date.now() + FOCUS_RETURN_MS });
            void change(partnerId, { ...event, frontend_status: target }, previous, { undoing: true });
          };
          // hiding only tidies the list: campaigns that deliver go on spending, which the user must know
          const delivering = event.campaign_status === 'RUNNING' && event.client_campaign_status !== 'PAUSED';
          const stillRunning = target === 'HIDDEN' && delivering ? ' Its campaigns keep running; pause them in Wave to stop them.' : '';
          // the message of an undo does not take the focus: it goes back to the row (takeFocusReturn)
          notices.push({ about: key, tone: 'success', message: `${name} ${done}.${stillRunning}`, action: { label: 'Undo', run: undo }, takesFocus: !undoing });
        }
        return outcome;
      } finally {
        setPhase(key, null);
        void reconcileStatus(queryClient, event.id);
      }
    });
  }

  /** Step 2 again for an event marked "not synced". */
  function retry(partnerId: string, event: Named): Promise<TwoStepOutcome> {
    const key = keyOf(partnerId, event.id);
    notices.dismissAbout(key);
    return serially(key, async () => {
      setPhase(key, 'syncing');
      try {
        const owed = pending.get(partnerId, event.id);
        const outcome = owed ? await resumeStep(owed, api, pending) : await runStepTwo({ partnerId, eid: event.id }, api, pending);
        if (outcome.kind === 'done') {
          notices.push({ about: key, tone: 'success', message: `${nameOf(event)} is synced.` });
          void reconcileStatus(queryClient, event.id);
        } else {
          notices.push({
            about: key, tone: 'warning', action: retryAction(partnerId, event),
            message: `${nameOf(event)} is still not synced. ${describeError(outcome.error)}`,
          });
        }
        return outcome;
      } finally {
        setPhase(key, null);
      }
    });
  }

  /** App start (and back online): step 2 for every owed change of this partner, quietly on success. */
  async function resume(partnerId: string): Promise<void> {
    const owed = pending.forPartner(partnerId).filter((s) => !phases.has(keyOf(partnerId, s.eid)));
    let failed = 0;
    for (const step of owed) {
      const key = keyOf(partnerId, step.eid);
      const outcome = await serially(key, () => {
        // an earlier start (StrictMode, a second tab, 'online') may have settled it meanwhile
        if (!pending.get(partnerId, step.eid)) return Promise.resolve<TwoStepOutcome>({ kind: 'done' });
        setPhase(key, 'syncing');
        return resumeStep(pending.get(partnerId, step.eid) ?? step, api, pending);
      }).finally(() => setPhase(key, null));
      if (outcome.kind === 'done') void reconcileStatus(queryClient, step.eid);
      else failed++;
    }
    if (failed > 0) {
      notices.push({
        about: `${partnerId}:resume`, tone: 'warning', action: { label: 'Retry all', run: () => { void resume(partnerId); } },
        message: `${failed === 1 ? 'One flag/hide change is' : `${formatNumber(failed)} flag/hide changes are`} not synced yet. They are marked “not synced” in the list.`,
      });
    } else if (owed.length > 0) {
      notices.dismissAbout(`${partnerId}:resume`);
    }
  }

  return {
    change,
    retry,
    resume,
    phase: (partnerId: string, eid: string) => phases.get(keyOf(partnerId, eid)) ?? null,
    /** Whether this event's `button` should take focus back after an Undo (asks once). */
    takeFocusReturn(partnerId: string, eid: string, button: StatusButton): boolean {
      const key = keyOf(partnerId, eid);
      const wanted = focusReturns.get(key);
      if (!wanted || wanted.button !== button) return false;
      focusReturns.delete(key);
      return wanted.until >= Date.now();
    },
    phases: () => phases,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}

export type StatusController = ReturnType<typeof createStatusController>;
