import { useEffect, useState } from 'react';

/** Set once the page has painted; charts mounted later render at once. */
let painted = false;

/**
 * False until the page has painted once since it loaded (a frame, then a task after it). A chart
 * that waits for it lets the page's text (an event page's title is its largest paint) reach the
 * screen before the chart code (recharts, ~100 kB gzip) is even requested and drawn.
 */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(painted);
  useEffect(() => {
    if (done) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        painted = true;
        setDone(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [done]);
  return done;
}
