import { useEffect, useState, type RefObject } from 'react';

/** How close to the viewport a chart's frame must come before the chart loads and draws. */
const MARGIN = '200px 0px';

/** The page has painted (its first contentful paint is behind it). */
function pagePainted(): boolean {
  return typeof performance.getEntriesByName === 'function' && performance.getEntriesByName('first-contentful-paint').length > 0;
}

/**
 * Whether a chart may load and draw now. On a page that has painted already (any later page
 * of the visit) at once. While the first page is still loading, only once its frame is within
 * 200 px of the viewport, and never before that page's first paint: its text (an event page's
 * title is its largest paint) comes first, and charts further down cost neither the ~100 kB of
 * chart code nor their long first render until the user scrolls to them.
 */
export function useChartShown(frame: RefObject<Element | null>): boolean {
  const [shown, setShown] = useState(pagePainted);
  useEffect(() => {
    const el = frame.current;
    if (shown || !el) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      // no observer (old browsers, jsdom): after the first paint — a frame, then a task after it
      let timer: ReturnType<typeof setTimeout> | undefined;
      const raf = requestAnimationFrame(() => { timer = setTimeout(() => setShown(true), 0); });
      return () => { cancelAnimationFrame(raf); clearTimeout(timer); };
    }
    // its first report comes after the frame that laid the element out has been painted
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown(true);
    }, { rootMargin: MARGIN });
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown, frame]);
  return shown;
}
