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
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const main = document.getElementById('main');
    const target = main?.querySelector<HTMLElement>('h1') ?? main;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    // the router restores (or resets) the scroll position; focusing must not move it
    target.focus({ preventScroll: true });
  }, [pathname]);
}
