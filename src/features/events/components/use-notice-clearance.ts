import { useLayoutEffect, type RefObject } from 'react';

const PROPERTY = '--status-notices-clearance';
/** Room for the focus ring (3px outline, 2px offset) between a control and the messages. */
const RING_PX = 8;

/**
 * While messages show in the fixed region `ref`, the page keeps clear of it (WCAG 2.4.11): the
 * height it covers above the viewport's bottom edge goes to `--status-notices-clearance` on
 * `<html>`, which styles.css uses as `scroll-padding-bottom` (a control reached by Tab or scrolled
 * into view stops above the messages, not under them) and as room below the page's last control.
 * `contents` changes whenever the messages do: their height is measured again.
 */
export function useNoticeClearance(ref: RefObject<HTMLElement | null>, contents: string) {
  useLayoutEffect(() => {
    const region = ref.current;
    if (!contents || !region) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty(PROPERTY, `${Math.ceil(window.innerHeight - region.getBoundingClientRect().top) + RING_PX}px`);
    measure();
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('resize', measure);
      root.style.removeProperty(PROPERTY);
    };
  }, [ref, contents]);
}
