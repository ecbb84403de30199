/**
 * Chart bench page (driven by bench/lib/charts.mjs through Playwright). One measurement:
 * the data is ready (generated beforehand, outside the clock) → t0 → root.render() → a
 * MutationObserver on the chart's box watches the SVG → when a condition first holds, the
 * time is stamped after the next frame (requestAnimationFrame, then a message-channel task,
 * i.e. once that frame has been handed to the compositor).
 *
 * - "first marks": the series' marks are in the DOM (our bars; the plain chart's line path,
 *   which starts hidden behind its stroke-dasharray at the start of the entrance animation).
 * - "drawn": the chart as the user finally sees it. Ours has no animation, so it is the same
 *   frame as the first marks. The plain chart's line is complete only when its entrance
 *   animation ends: the path no longer carries the animating stroke-dasharray.
 */
import { createRoot } from 'react-dom/client';
import type { ReactElement } from 'react';
import '@/app/styles.css';
import '@/app/event-detail.css';
import { filledRows, OurDailyRevenue, PlainLineChart, syntheticDaily } from './chart-variants';

export type Variant = 'ours' | 'plain';
export interface Sample { variant: Variant; days: number; firstMarks: number; drawn: number; marks: number }

const WIDTH = 1200;
const HEIGHT = 280;
const TIMEOUT_MS = 30_000;

function afterNextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(null);
    });
  });
}

const bars = (host: Element) => host.querySelectorAll('.recharts-bar-rectangle').length;
const lineCurve = (host: Element) => host.querySelector<SVGPathElement>('path.recharts-line-curve[d]');

const conditions: Record<Variant, { first: (h: Element) => boolean; drawn: (h: Element) => boolean; marks: (h: Element) => number }> = {
  ours: { first: (h) => bars(h) > 0, drawn: (h) => bars(h) > 0, marks: bars },
  plain: {
    first: (h) => Boolean(lineCurve(h)?.getAttribute('d')),
    drawn: (h) => {
      const path = lineCurve(h);
      return Boolean(path?.getAttribute('d')) && !path?.getAttribute('stroke-dasharray');
    },
    marks: (h) => h.querySelectorAll('.recharts-line-dot').length,
  },
};

async function run(variant: Variant, days: number): Promise<Sample> {
  const raw = syntheticDaily(days);
  const element: ReactElement = variant === 'ours' ? <OurDailyRevenue raw={raw} /> : <PlainLineChart rows={filledRows(raw)} />;
  const host = document.createElement('div');
  // ours is the whole chart card (its plot is 280 px high); the plain chart gets a plot-sized box
  host.style.cssText = variant === 'ours' ? `width:${WIDTH}px` : `width:${WIDTH}px;height:${HEIGHT}px`;
  document.getElementById('stage')?.append(host);
  await afterNextFrame();
  const root = createRoot(host);
  const cond = conditions[variant];
  const stamps: { first?: Promise<number>; drawn?: Promise<number> } = {};
  let observer: MutationObserver | undefined;
  const drawn = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (!stamps.first && cond.first(host)) stamps.first = afterNextFrame();
      if (!stamps.drawn && cond.drawn(host)) { stamps.drawn = afterNextFrame(); resolve(); }
    };
    observer = new MutationObserver(check);
    observer.observe(host, { childList: true, subtree: true, attributes: true, attributeFilter: ['d', 'stroke-dasharray'] });
    setTimeout(() => reject(new Error(`${variant} ${days}: not drawn within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  const t0 = performance.now();
  root.render(element);
  try {
    await drawn;
    const [first, done] = await Promise.all([stamps.first ?? Promise.resolve(NaN), stamps.drawn ?? Promise.resolve(NaN)]);
    return { variant, days, firstMarks: first - t0, drawn: done - t0, marks: cond.marks(host) };
  } finally {
    observer?.disconnect();
    root.unmount();
    host.remove();
    await new Promise((r) => setTimeout(r, 50));
  }
}

declare global {
  interface Window { __chartBench: { run: typeof run; ready: boolean; size: { width: number; height: number } } }
}
window.__chartBench = { run, ready: true, size: { width: WIDTH, height: HEIGHT } };
