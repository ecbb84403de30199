import { useEffect, useState, type RefObject } from 'react';

/** How close to the viewport a chart's frame must come before the chart loads and draws. */
const MARGIN = '200px 0px';

/** Set once the page has had its first contentful paint. */
let painted = false;

const paintTiming = () => typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
const isFcp = (e: PerformanceEntry) => e.name === 'first-contentful-paint';

/** Whether the page has painted (read from a paint observer's buffer: fake clocks replace `performance`, not this). */
function pagePainted(): boolean {
  if (painted || !paintTiming()) return painted;
  const observer = new PerformanceObserver(() => undefined);
  observer.observe({ type: 'paint', buffered: true });
  painted = observer.takeRecords().some(isFcp);
  observer.disconnect();
  return painted;
}

/** Runs `then` once the page has painted (at once if it has); returns a cancel function. */
function afterFirstPaint(then: () => void): () => void {
  if (pagePainted()) {
    then();
    return () => undefined;
  }
  if (paintTiming()) {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntries().some(isFcp)) return;
      observer.disconnect();
      painted = true;
      then();
    });
    observer.observe({ type: 'paint' });
    return () => observer.disconnect();
  }
  // no paint timing (old browsers, jsdom): a frame, then a task after it
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => { timer = setTimeout(then, 0); });
  return () => { cancelAnimationFrame(frame); clearTimeout(timer); };
}

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
