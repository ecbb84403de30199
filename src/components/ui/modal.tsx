import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal.css';

const FIRST_FIELD = 'input:not([type=hidden]):not(:disabled), select, textarea, button:not(.modal__close):not(:disabled)';

/**
 * The one modal dialog of the app, on the native <dialog>: the page behind is inert and Tab
 * stays inside. Rendered = open. Focus starts on the element marked `data-autofocus`, else the
 * first field or button, and returns to the opener on close. Escape and the × call `onClose`
 * unless `dismissible` is false (e.g. while a request runs). Where showModal is missing (jsdom)
 * it falls back to the `open` attribute.
 */
export function Modal({ title, onClose, dismissible = true, wide = false, className, describedBy, children }: {
  title: string;
  /** Without it the dialog has no × and only its own buttons close it. */
  onClose?: () => void;
  dismissible?: boolean;
  wide?: boolean;
  className?: string;
  /** Id of the element that says what the dialog is about (read out on open). */
  describedBy?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FIRST_FIELD))?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const requestClose = () => {
    if (dismissible) onClose?.();
  };

  return (
    <dialog
      ref={ref}
      className={['modal', wide && 'modal--wide', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(e) => { e.preventDefault(); requestClose(); }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault(); // no native cancel as well: one close per key press
        e.stopPropagation();
        requestClose();
      }}
    >
      <div className="modal__head">
        <h2 id={titleId}>{title}</h2>
        {onClose && <button type="button" className="button button--ghost modal__close" aria-label="Close" onClick={requestClose} disabled={!dismissible}>×</button>}
      </div>
      <div className="modal__body">{children}</div>
    </dialog>
  );
}
