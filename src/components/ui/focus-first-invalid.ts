/**
 * Puts the keyboard on the first field in error in the order on screen (a form library's own
 * choice follows the order fields were registered in, which differs once fields come and go).
 * Returns whether a field was found.
 */
export function focusFirstInvalid(root: HTMLElement | null): boolean {
  const first = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  first?.focus();
  return Boolean(first);
}
