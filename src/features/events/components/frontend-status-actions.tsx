import type { StatusEvent } from '../lib/status-controller';
import { useFrontendStatus } from '../lib/use-frontend-status';

/**
 * Flag/unflag and hide/unhide one event (the two-step of contract §4.4), with its sync state:
 * "Saving…", "Syncing…", or "Not synced" + Retry while step 2 is owed. Used by the events
 * list rows and the event detail page; messages (Undo after hide) appear in the app's notice
 * region (FrontendStatusHost).
 */
export function FrontendStatusActions({ event }: { event: StatusEvent }) {
  const { phase, busy, notSynced, setStatus, retry } = useFrontendStatus(event);
  const status = event.frontend_status;
  const flagged = status === 'FLAGGED';

  if (status !== 'DEFAULT' && status !== 'FLAGGED' && status !== 'HIDDEN') {
    return <span className="muted">{status.charAt(0) + status.slice(1).toLowerCase()}</span>;
  }

  return (
    <div className="status-actions" aria-busy={busy}>
      {status === 'HIDDEN' ? (
        <button type="button" className="button button--small" disabled={busy} aria-label={`Unhide ${event.title}`} onClick={() => setStatus('DEFAULT')}>
          <span aria-hidden="true">↺</span> Unhide
        </button>
      ) : (
        <>
          <button
            type="button"
            className={`button button--small status-actions__flag${flagged ? ' is-flagged' : ''}`}
            disabled={busy}
            aria-pressed={flagged}
            aria-label={`Flag ${event.title}`}
            onClick={() => setStatus(flagged ? 'DEFAULT' : 'FLAGGED')}
          >
            <span aria-hidden="true">{flagged ? '⚑' : '⚐'}</span> {flagged ? 'Flagged' : 'Flag'}
          </button>
          <button type="button" className="button button--small" disabled={busy} aria-label={`Hide ${event.title}`} onClick={() => setStatus('HIDDEN')}>
            Hide
          </button>
        </>
      )}
      {phase && <span className="status-actions__phase muted">{phase === 'saving' ? 'Saving…' : 'Syncing…'}</span>}
      {notSynced && (
        <>
          <span className="badge badge--warning" title="The change is saved but not yet synced to the CR system">Not synced</span>
          <button type="button" className="button button--small" aria-label={`Retry sync for ${event.title}`} onClick={retry}>
            Retry
          </button>
        </>
      )}
    </div>
  );
}
