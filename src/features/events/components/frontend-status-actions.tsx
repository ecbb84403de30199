import { useId, useLayoutEffect, useRef } from 'react';
import { focusIfLost } from '@/components/ui/focus-if-lost';
import type { TargetStatus } from '../lib/pending-status-store';
import type { StatusButton, StatusEvent } from '../lib/status-controller';
import { useFrontendStatus } from '../lib/use-frontend-status';

function StatusButtons({ event, busy, setStatus, focusReturn, small, describedBy }: {
  event: StatusEvent;
  busy: boolean;
  setStatus: (s: TargetStatus) => void;
  focusReturn: (button: StatusButton) => (element: HTMLElement | null) => void;
  small: boolean;
  describedBy: string | undefined;
}) {
  const button = small ? 'button button--small' : 'button';
  const shared = { type: 'button', 'aria-disabled': busy, 'aria-describedby': describedBy } as const;
  // aria-disabled (not disabled) while a change runs: keyboard focus stays on the button
  const run = (target: TargetStatus) => () => { if (!busy) setStatus(target); };
  if (event.frontend_status === 'HIDDEN') {
    return (
      <button ref={focusReturn('unhide')} {...shared} className={button} aria-label={`Unhide ${event.title}`} onClick={run('DEFAULT')}>
        <span aria-hidden="true">↺</span> Unhide
      </button>
    );
  }
  const flagged = event.frontend_status === 'FLAGGED';
  return (
    <>
      <button
        ref={focusReturn('flag')}
        {...shared}
        className={`${button} status-actions__flag${flagged ? ' is-flagged' : ''}`}
        aria-pressed={flagged}
        aria-label={`Flag ${event.title}`}
        onClick={run(flagged ? 'DEFAULT' : 'FLAGGED')}
      >
        {/* a toggle keeps its label (the state is aria-pressed and the filled flag): the visible
            word stays part of the accessible name, "Flag <title>" (WCAG 2.5.3) */}
        <span aria-hidden="true">{flagged ? '⚑' : '⚐'}</span> Flag
      </button>
      <button ref={focusReturn('hide')} {...shared} className={button} aria-label={`Hide ${event.title}`} onClick={run('HIDDEN')}>
        Hide
      </button>
    </>
  );
}

/** This event's message's action (Undo), else the Messages region, where it will appear. */
const messageActionFor = (eid: string) =>
  document.querySelector<HTMLElement>(`.status-notices [data-about$=":${eid.replace(/["\\]/g, '')}"] button`) ?? document.querySelector<HTMLElement>('.status-notices');

/**
 * Flag/unflag and hide/unhide one event (the two-step of contract §4.4), with its sync state:
 * "Saving…", "Syncing…", or "Not synced" + Retry while step 2 is owed. Used by the events
 * list rows and the event detail page; messages (Undo after hide) appear in the app's notice
 * region (FrontendStatusHost).
 */
export function FrontendStatusActions({ event, compact = true, context }: {
  event: StatusEvent;
  /** Small buttons (table rows); a page header's actions are full size. */
  compact?: boolean;
  /**
   * Which of same-titled events this is (its date, in a list): the buttons' description, so
   * "Hide Lia Marlow – Tour" read on its own still says which date it hides.
   */
  context?: string;
}) {
  const { phase, busy, notSynced, setStatus, retry, focusReturn } = useFrontendStatus(event);
  const contextId = useId();
  const buttons = useRef<HTMLDivElement>(null);
  const status = event.frontend_status;
  // Retry leaves with the badge once the sync runs: the keyboard moves to the row's own button first
  const retryFromKeyboard = () => { buttons.current?.querySelector('button')?.focus(); retry(); };
  // the row may leave while its button has the focus (a flag re-pins it on another page, a hide
  // takes it out): the keyboard goes to this event's message (its Undo), or waits for it there
  useLayoutEffect(() => {
    const node = buttons.current;
    const eid = event.id;
    return () => {
      if (!node?.contains(document.activeElement)) return;
      requestAnimationFrame(() => focusIfLost(messageActionFor(eid)));
    };
  }, [event.id]);

  if (status !== 'DEFAULT' && status !== 'FLAGGED' && status !== 'HIDDEN') {
    return <span className="muted">{status.charAt(0) + status.slice(1).toLowerCase()}</span>;
  }

  return (
    <div className="status-actions" aria-busy={busy}>
      <div className="status-actions__buttons" ref={buttons}>
        <StatusButtons event={event} busy={busy} setStatus={setStatus} focusReturn={focusReturn} small={compact} describedBy={context ? contextId : undefined} />
        {context && <span id={contextId} className="visually-hidden">{context}</span>}
        {phase && <span className="status-actions__phase muted">{phase === 'saving' ? 'Saving…' : 'Syncing…'}</span>}
      </div>
      {notSynced && (
        <div className="status-actions__sync">
          <span className="badge badge--warning" title="Saved, but not yet synced to the CR system">Not synced</span>
          <button type="button" className="button button--small" aria-label={`Retry sync for ${event.title}`} onClick={retryFromKeyboard}>
            Retry
          </button>
        </div>
      )}
    </div>
  );
}
