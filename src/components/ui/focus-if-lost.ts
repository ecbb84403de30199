/**
 * A callback ref for a control that appears because of what the user just did (an Undo after a
 * remove, the restored item after an Undo): it takes keyboard focus only if focus has been lost
 * to the page body — the control the user pressed is gone — or waits in a place marked
 * `data-focus-parking` (held there until such a control appears), and leaves it alone otherwise.
 */
export function focusIfLost(element: HTMLElement | null): void {
  const active = document.activeElement;
  if (element && (!active || active === document.body || active.hasAttribute('data-focus-parking'))) element.focus();
}
