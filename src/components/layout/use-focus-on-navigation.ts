import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a move to another page (a new path; filters and other search changes are not a move),
 * keyboard focus goes to the new page's `<h1>`, or to `<main>` while the page has none yet. A
 * screen reader then reads where the user has arrived; before, focus stayed on the link of the
 * old page or fell to the body. The first page of a load keeps the browser's own focus.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  usePageFocus(pathname);
}

/**
 * The same move for a page whose identity is in its search (`/sales?event=…`: choosing an event,
 * or going back to the choice, is a move to another page): focus goes to its `<h1>` when `page`
 * changes, not on the first render.
 */
export function usePageFocus(page: string): void {
  const shown = useRef(page);
  useEffect(() => {
    if (shown.current === page) return;
    shown.current = page;
    const main = document.getElementById('main');
    const target = main?.querySelector<HTMLElement>('h1') ?? main;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    // the router restores (or resets) the scroll position; focusing must not move it
    target.focus({ preventScroll: true });
  }, [page]);
}
