import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog (native <dialog>: focus stays inside, the page behind is inert). Mounted = open.
 * Escape calls `onClose` unless `dismissible` is false (e.g. while a request runs). Focus starts
 * on the element marked `data-autofocus` (else the browser's choice) and returns to the opener.
 */
export function Modal({ title, onClose, dismissible = true, children }: {
  title: string;
  onClose: () => void;
  dismissible?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
      previous?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="sales-modal"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (dismissible) onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
