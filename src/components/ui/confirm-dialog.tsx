import { useEffect, useId, useRef, type ReactNode } from 'react';
import './confirm-dialog.css';

/**
 * A modal confirmation for destructive actions: says in words what will happen, needs an
 * explicit confirm, Escape or Cancel backs out, focus starts on Cancel (the safe choice) and
 * returns to the opener. Native <dialog> (inert background, focus trap) where supported.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy = false,
  busyLabel = 'Working…',
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  busyLabel?: string;
  /** Shown inside the dialog when the confirmed action failed (the dialog stays open). */
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', ''); // jsdom has no showModal
    }
    cancelRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      opener?.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault(); // Escape: let React decide (and not while the action runs)
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} className="confirm-dialog__body">{children}</div>
      {error && <div className="form-error" role="alert">{error}</div>}
      <div className="confirm-dialog__actions">
        <button ref={cancelRef} type="button" className="button" onClick={onCancel} disabled={busy}>Cancel</button>
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy}>
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
