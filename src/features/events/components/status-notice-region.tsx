import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { focusIfLost } from '@/components/ui/focus-if-lost';
import type { StatusNotice } from '../lib/status-notices';
import { statusNotices } from '../lib/status-runtime';
import { useNoticeClearance } from './use-notice-clearance';

const SUCCESS_MS = 10_000;

function Notice({ notice, onActed }: { notice: StatusNotice; onActed: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState(false);
  const textId = useId();

  // Success messages leave on their own, but never while the pointer or focus is on them.
  useEffect(() => {
    if (notice.tone !== 'success' || held) return;
    const t = setTimeout(() => statusNotices.dismiss(notice.id), SUCCESS_MS);
    return () => clearTimeout(t);
  }, [notice.id, notice.tone, held]);

  return (
    <div
      ref={ref}
      className={`status-notice status-notice--${notice.tone}`}
      data-about={notice.about}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(e) => { if (!ref.current?.contains(e.relatedTarget as Node | null)) setHeld(false); }}
    >
      <span className="status-notice__icon" aria-hidden="true">{notice.tone === 'success' ? '✓' : '!'}</span>
      <p className="status-notice__text" id={textId}>{notice.message}</p>
      {notice.action && (
        // the control the user pressed may be gone (a hidden row leaves the list): offer the action
        // described by its message: with two notices, "Undo" alone would not say which change
        <button ref={notice.takesFocus === false ? undefined : focusIfLost} type="button" className="button button--small" aria-describedby={textId} onClick={() => { statusNotices.dismiss(notice.id); notice.action?.run(); onActed(); }}>
          {notice.action.label}
        </button>
      )}
      <button type="button" className="button button--small button--ghost" aria-label="Dismiss message" onClick={() => statusNotices.dismiss(notice.id)}>
        ×
      </button>
    </div>
  );
}

/**
 * Status-change messages of `partnerId` (a change still running when the partner was switched
 * reports under its own partner, not this one), announced politely; each with its action (Undo,
 * Retry) and a dismiss.
 */
export function StatusNoticeRegion({ partnerId }: { partnerId: string }) {
  const notices = useSyncExternalStore(statusNotices.subscribe, statusNotices.all).filter((n) => n.about.startsWith(`${partnerId}:`));
  const ref = useRef<HTMLDivElement>(null);
  useNoticeClearance(ref, notices.map((n) => `${n.id}:${n.message}`).join('\n'));
  // an action (Undo, Retry) takes its message, and its button, away: unless the action put the
  // keyboard somewhere itself, it waits here, and the control the action brings back (the row's
  // button after an Undo, the next message's action) still takes it (data-focus-parking)
  const onActed = () => requestAnimationFrame(() => focusIfLost(ref.current));
  return (
    <div ref={ref} tabIndex={-1} data-focus-parking className="status-notices" role="region" aria-label="Messages" aria-live="polite">
      {notices.map((n) => <Notice key={n.id} notice={n} onActed={onActed} />)}
    </div>
  );
}
