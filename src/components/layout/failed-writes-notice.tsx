import { useSyncExternalStore } from 'react';
import { Link, useLocation } from 'react-router';
import { failedAfterLeaving } from '@/lib/failed-after-leaving';
import { useSession } from '@/lib/use-session';

/**
 * Writes that failed after their page was left (see failed-after-leaving): each says what failed
 * and why, links back to its page (not while on it) and stays until dismissed — a pause that did
 * not happen keeps spending budget, so it must not pass unseen. Only the current partner's.
 */
export function FailedWritesNotice() {
  const all = useSyncExternalStore(failedAfterLeaving.subscribe, failedAfterLeaving.all, failedAfterLeaving.all);
  const partnerId = useSession()?.partnerId ?? null;
  const { pathname } = useLocation();
  const shown = all.filter((f) => f.partnerId === partnerId);
  if (shown.length === 0) return null;
  return (
    <div className="failed-writes">
      {shown.map((failure) => (
        <div key={failure.id} className="failed-write" role="alert">
          <p>
            <strong>{failure.message}</strong> {failure.detail}
          </p>
          <p className="failed-write__actions">
            {pathname !== failure.link.to && <Link to={failure.link.to}>{failure.link.label}</Link>}
            <button type="button" className="button button--small" onClick={() => failedAfterLeaving.dismiss(failure.id)}>Dismiss</button>
          </p>
        </div>
      ))}
    </div>
  );
}
