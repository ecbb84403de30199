import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { focusIfLost } from '@/components/ui/focus-if-lost';
import { formatCount, formatDay } from '@/lib/format';
import { invalidateAfterWaveWrite } from '../api/invalidate';
import { changeClientCampaignStatus } from '../api/mutations';
import type { ClientCampaignTask, SettableClientCampaignStatus } from '../api/schemas';
import type { ClusterInfo } from '../lib/clusters';
import type { Day } from '@/lib/dates';
import type { WaveLock } from '../lib/event-phase';
import { useLatestWins } from '../lib/use-latest-wins';
import { failureDetail, useTellIfPageLeft, writeWentThrough } from '../lib/write-failure';
import { StartSummary } from './start-summary';
import { WriteOutcome } from './write-outcome';

type Status = SettableClientCampaignStatus;
type TaskState = ClientCampaignTask['state'];

const asStatus = (value: string | null): Status | null => (value === 'RUNNING' || value === 'PAUSED' ? value : null);

function verb(status: Status, startedFromNothing: boolean) {
  // `done` confirms the action (beside the next action's button, a bare "Running" read as a stray label)
  if (status === 'PAUSED') return { doing: 'Pausing…', done: 'Campaigns paused.', requested: 'Pause requested', failed: 'Pausing failed' };
  return startedFromNothing
    ? { doing: 'Starting…', done: 'Campaigns started.', requested: 'Start requested', failed: 'Starting failed' }
    : { doing: 'Resuming…', done: 'Campaigns resumed.', requested: 'Resume requested', failed: 'Resuming failed' };
}

/**
 * Pause / resume all campaigns: PUT client_campaign_status, then one read of the task, shown as
 * "Pausing…" → "Paused" (or "… failed — retry"). Pausing stops every ad of the event, starting and
 * resuming spend budget, so each asks first; once campaigns are locked (the event has begun, or is
 * cancelled) they are not started or resumed: only pausing is left. Clicks while a write runs are serialised (latest wins) and the
 * event is re-read afterwards.
 */
export function PauseResumeControl({ eid, title, readAt, serverStatus, locked, today, firstAdDay, liveCampaigns, clusters, currency }: {
  eid: string;
  title: string;
  /** when the event was last read (an error goes once it is read again, see useLatestWins) */
  readAt?: number;
  /** The event's client_campaign_status. */
  serverStatus: string | null;
  /** Why campaigns may not be started or resumed (see waveLock); null while they may. */
  locked: WaveLock;
  /** the partner's day */
  today: Day;
  /** The first day a live campaign shows ads, when that is after today (started ahead of its run). */
  firstAdDay?: string | null | undefined;
  /** Campaigns RUNNING or PAUSED; undefined while the list is unknown. */
  liveCampaigns: number | undefined;
  clusters: readonly ClusterInfo[] | undefined;
  currency: string | null;
}) {
  const queryClient = useQueryClient();
  // where the keyboard goes when the confirmed change takes its button away (pausing a begun event)
  const stateRef = useRef<HTMLDivElement>(null);
  const [confirming, setConfirming] = useState<'pause' | 'start' | 'resume' | null>(null);
  const server = asStatus(serverStatus);
  // whether the last change started campaigns (none had run) or resumed them: fixed when it is
  // sent, since the event reports RUNNING either way once it has gone through
  const [startedFromNothing, setStartedFromNothing] = useState(false);
  // the same, for a failure told after the page was left (read when it arrives, not in render)
  const startedRef = useRef(false);
  const tellIfLeft = useTellIfPageLeft(eid);
  const writer = useLatestWins<Status, TaskState>(server, () => ({
    write: (status) => changeClientCampaignStatus(eid, status),
    reconcile: (confirmed) => {
      if (confirmed !== undefined) writeWentThrough(eid, 'client_campaign_status');
      return invalidateAfterWaveWrite(queryClient, eid, confirmed && { client_campaign_status: confirmed });
    },
    onFailed: (error, status) => {
      const doing = status === 'PAUSED' ? 'Pausing' : startedRef.current ? 'Starting' : 'Resuming';
      tellIfLeft('client_campaign_status', `${doing} the campaigns of ${title} failed.`, error);
    },
  }), readAt);
  const send = (status: Status) => {
    const fromNothing = status === 'RUNNING' && server === null;
    startedRef.current = fromNothing;
    setStartedFromNothing(fromNothing);
    writer.set(status);
  };
  const failed = writer.failed;
  const sent = writer.lastSent;
  const words = sent ? verb(sent, startedFromNothing) : null;

  let message = '';
  if (words && !failed && (writer.phase === 'writing' || writer.phase === 'reconciling')) message = words.doing;
  // a result belongs to the state it reports: once the event moved on (a reset), it goes
  else if (words && writer.phase === 'done' && (server === sent || writer.result !== 'SUCCESS')) {
    // only a task that reports SUCCESS confirms it; an unknown state (null) is still on its way
    message = writer.result === 'SUCCESS' ? words.done : `${words.requested} — the server is still applying it.`;
  }

  // while a change is on its way (or re-read after failing) the button waits, named for what the
  // server says now: the wished state offered "Resume" for campaigns still running, and its
  // dialog spoke of paused ones
  const inFlight = writer.phase === 'writing' || writer.phase === 'reconciling';
  const shown = inFlight ? server : writer.display;
  // nothing left to pause or resume once every campaign completed (the event may still say RUNNING)
  const nothingLive = server !== null && liveCampaigns === 0 && writer.phase === 'idle';
  const next: Status | null = nothingLive
    ? null
    : shown === 'RUNNING' ? 'PAUSED' : !locked ? 'RUNNING' : null;
  // the change can take the button away once it has gone through (pausing an event that has
  // begun): the keyboard moves to Delivery rather than falling to the page
  const hadAction = useRef(false);
  useLayoutEffect(() => {
    if (hadAction.current && !next) focusIfLost(stateRef.current);
    hadAction.current = next !== null;
  }, [next]);
  const label = shown === 'RUNNING' ? 'Pause all campaigns' : shown === 'PAUSED' ? 'Resume all campaigns' : 'Start campaigns';
  // the state line says what the server has confirmed; a change on its way shows as "Pausing…"
  // beside it, so "paused" is never claimed before it is true (or after it failed)
  const stateText = nothingLive
    ? 'No live campaigns: they have completed or were ignored.'
    : server === 'RUNNING' ? (firstAdDay ? `Campaigns are running; their ads start on ${formatDay(firstAdDay)}.` : 'Campaigns are running.') : server === 'PAUSED' ? 'Campaigns are paused.' : 'No campaigns have been started.';

  // what each confirmation says: the campaigns it touches, and that it can be taken back
  const one = liveCampaigns === 1;
  const campaignsOf = (kind: string, unknown: string) =>
    liveCampaigns === undefined ? unknown : `The ${formatCount(liveCampaigns, `${kind} campaign`, `${kind} campaigns`)} of this event`;
  const asks = {
    start: { title: 'Start campaigns?', confirmLabel: 'Start campaigns', target: 'RUNNING', body: <StartSummary eid={eid} title={title} clusters={clusters} currency={currency} today={today} /> },
    resume: {
      title: 'Resume all campaigns?', confirmLabel: 'Resume campaigns', target: 'RUNNING',
      body: <p>{campaignsOf('paused', 'The paused campaigns of this event')} {one ? 'starts' : 'start'} showing ads and spending budget again. You can pause {one ? 'it' : 'them'} at any time.</p>,
    },
    pause: {
      title: 'Pause all campaigns?', confirmLabel: 'Pause campaigns', target: 'PAUSED',
      body: <p>{campaignsOf('live', 'Every live campaign of this event')} will stop showing ads and spending budget until you resume {one ? 'it' : 'them'}. You can resume at any time.</p>,
    },
  } as const satisfies Record<string, { title: string; confirmLabel: string; target: Status; body: ReactNode }>;
  const ask = confirming ? asks[confirming] : null;

  return (
    <div className="wave-control">
      <div className="wave-control__text" ref={stateRef} tabIndex={-1}>
        <span className="wave-control__label">Delivery</span>
        <span className="muted">
          {stateText}
          {!next && locked && server === null && ` ${locked.sentence}, so campaigns cannot be started.`}
          {!next && locked && shown === 'PAUSED' && !nothingLive && ` ${locked.sentence}, so they are not resumed.`}
        </span>
      </div>
      <div className="wave-control__action">
        {next && (
          <button
            type="button"
            className={shown === 'RUNNING' ? 'button' : 'button button--primary'}
            aria-disabled={inFlight || undefined}
            onClick={() => { if (!inFlight) setConfirming(next === 'PAUSED' ? 'pause' : shown === 'PAUSED' ? 'resume' : 'start'); }}
          >
            {label}
          </button>
        )}
        <WriteOutcome text={failed && words ? `${words.failed} —` : message} onRetry={failed ? writer.retry : undefined} testId="delivery-status" />
      </div>
      {failed && (
        <p className="field-error wave-control__detail">
          {failureDetail(writer.error)}
          {server !== null && server === writer.failedValue &&
            ` The event already reports its campaigns as ${server === 'PAUSED' ? 'paused' : 'running'}; retry to confirm the change went through.`}
        </p>
      )}
      {ask && (
        <ConfirmDialog open title={ask.title} confirmLabel={ask.confirmLabel} tone={ask.target === 'RUNNING' ? 'primary' : 'danger'} onConfirm={() => {
            setConfirming(null);
            send(ask.target);
            requestAnimationFrame(() => focusIfLost(stateRef.current));
          }} onCancel={() => setConfirming(null)}>
          {ask.body}
        </ConfirmDialog>
      )}
    </div>
  );
}
