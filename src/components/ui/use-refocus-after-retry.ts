import { useEffect, useRef } from 'react';
import { focusIfLost } from './focus-if-lost';

/** Where a panel's heading is looked for: the panel's own section, region or dialog, or the page. */
const CONTAINER = 'section, [role="region"], [role="dialog"], dialog, main';

function headingAfterRetry(container: Element | null): HTMLElement | null {
  const own = container?.isConnected ? container.querySelector<HTMLElement>('h1, h2, h3') : null;
  // the container went with the error (a route's error page): the page that replaced it
  const target = own ?? document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
  if (target && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  return target;
}

/**
 * For an error's "Try again": when the error and its button go (a panel shows its skeleton while
 * it retries, or the content once the retry succeeds), the keyboard would fall back to the top of
 * the page. It continues from the heading of what was retried (the panel's section, or the page
 * that loaded) instead; should the retry fail again, the next Tab reaches the new Try again. Call
 * `retrying(button)` in the click handler.
 */
export function useRefocusAfterRetry() {
  const container = useRef<Element | null>(null);
  useEffect(() => () => {
    if (!container.current) return;
    const from = container.current;
    requestAnimationFrame(() => focusIfLost(headingAfterRetry(from)));
  }, []);
  return { retrying: (button: HTMLElement) => { container.current = button.parentElement?.closest(CONTAINER) ?? document.body; } };
}
