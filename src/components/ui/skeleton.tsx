/** A placeholder of the final size (no layout shift when the data arrives). */
export function Skeleton({ height, width = '100%', label = 'Loading' }: { height: number | string; width?: number | string; label?: string }) {
  return <div className="skeleton" style={{ height, width }} role="status" aria-label={label} />;
}
