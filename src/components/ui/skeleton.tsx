/** A placeholder of the final size (no layout shift when the data arrives). */
export function Skeleton({ height, width = '100%', label = 'Loading' }: { height: number | string; width?: number | string; label?: string }) {
  // a span shown as a block, so it may also stand inside phrasing content (a KPI tile's value)
  return <span className="skeleton" style={{ display: 'block', height, width }} role="status" aria-label={label} />;
}
