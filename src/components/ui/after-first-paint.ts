import { useEffect, useState } from 'react';

/*
 * The page's first contentful paint, for work that should not compete with it: charts below the
 * fold, and app-wide helpers a page does not need to show itself.
 */

/** Set once the page has had its first contentful paint. */
let painted = false;

const paintTiming = () => typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
const isFcp = (e: PerformanceEntry) => e.name === 'first-contentful-paint';

/** Whether the page has painted (read from a paint observer's buffer: fake clocks replace `performance`, not this). */
export function pagePainted(): boolean {
  if (painted || !paintTiming()) return painted;
  const observer = new PerformanceObserver(() => undefined);
  observer.observe({ type: 'paint', buffered: true });
  painted = observer.takeRecords().some(isFcp);
  observer.disconnect();
  return painted;
}

/** Runs `then` once the page has painted (at once if it has); returns a cancel function. */
export function afterFirstPaint(then: () => void): () => void {
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

/** False until the page has had its first paint (true at once on any later page of the visit). */
export function useFirstPaintDone(): boolean {
  const [done, setDone] = useState(pagePainted);
  useEffect(() => (done ? undefined : afterFirstPaint(() => setDone(true))), [done]);
  return done;
}
