import { useId, type ReactNode } from 'react';
import { Modal } from './modal';

/**
 * A confirmation for destructive actions: says in words what will happen, needs an explicit
 * confirm; Escape, × or Cancel back out (not while the action runs); focus starts on Cancel (the
 * safe choice) and returns to the opener. While the action runs the buttons refuse (aria-disabled,
 * not disabled: a disabled button would drop the keyboard focus out of the dialog to the page), so
 * focus stays on the confirm button and is there to retry if the action fails. Rendered only while
 * `open`.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  busy = false,
  busyLabel = 'Working…',
  tone = 'danger',
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The safe choice's name, where "Cancel" would be ambiguous (e.g. "Keep editing"). */
  cancelLabel?: string;
  busy?: boolean;
  busyLabel?: string;
  /** 'primary' for a confirmation that destroys nothing (start campaigns): red says "this deletes". */
  tone?: 'danger' | 'primary';
  /** Shown inside the dialog when the confirmed action failed (the dialog stays open). */
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const bodyId = useId();
  if (!open) return null;
  return (
    <Modal title={title} onClose={onCancel} dismissible={!busy} describedBy={bodyId}>
      <div id={bodyId} className="modal__text">{children}</div>
      {error && <div className="form-error" role="alert">{error}</div>}
      <div className="modal__actions">
        <button type="button" className="button" onClick={() => { if (!busy) onCancel(); }} aria-disabled={busy || undefined} data-autofocus>{cancelLabel}</button>
        <button type="button" className={`button button--${tone}`} onClick={() => { if (!busy) onConfirm(); }} aria-disabled={busy || undefined}>
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
