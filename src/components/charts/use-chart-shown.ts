import { useEffect, useState, type RefObject } from 'react';
import { afterFirstPaint, pagePainted } from '@/components/ui/after-first-paint';

/** How close to the viewport a chart's frame must come before the chart loads and draws. */
const MARGIN = '200px 0px';

/**
 * Whether a chart may load and draw now. On a page that has painted already (any later page
 * of the visit) at once. While the first page is still loading: never before its first paint
 * (its text — an event page's title is its largest paint — comes first), and then only once the
 * frame is within 200 px of the viewport, so charts further down cost neither the ~100 kB of
 * chart code nor their long first render until the user scrolls to them.
 */
export function useChartShown(frame: RefObject<Element | null>): boolean {
  const [shown, setShown] = useState(pagePainted);
  useEffect(() => {
    const el = frame.current;
    if (shown || !el) return undefined;
    let observer: IntersectionObserver | undefined;
    const cancel = afterFirstPaint(() => {
      if (typeof IntersectionObserver === 'undefined') {
        setShown(true);
        return;
      }
      observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) setShown(true);
      }, { rootMargin: MARGIN });
      observer.observe(el);
    });
    return () => {
      cancel();
      observer?.disconnect();
    };
  }, [shown, frame]);
  return shown;
}
