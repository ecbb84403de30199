import { useId, type CSSProperties, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Skeleton } from './skeleton';
import './kpi-tile.css';

/**
 * One headline number, the same on every page (overview, campaigns, event detail, sales data,
 * post-campaign performance, package backhaul). `value` is already formatted ("—" for unknown);
 * `loading` shows a placeholder of the value's size under the label instead; `hint` is a muted
 * line under it. Grids: `kpi-grid` on the page, `kpi-grid
 * kpi-grid--inset` inside a card (`--two`: two by two, `--no-hints`: no room kept for a hint).
 */
export function KpiTile({ label, value, loading = false, hint, to, tone, text = false }: {
  label: string;
  value?: ReactNode;
  loading?: boolean;
  hint?: ReactNode;
  to?: string;
  tone?: 'flag';
  /** the value is words (a period, a name), set smaller than a number */
  text?: boolean;
}) {
  const labelId = useId();
  const body = (
    <>
      {/* the spaces keep a link tile's name "Running 27", not "Running27" (a grid ignores them) */}
      <span className="kpi-tile__label" id={labelId}>{label}</span>{' '}
      {/* a number's length sets its largest size that fits the tile on one line: "CHF 312,803.26" broke as ".26" on phones */}
      <span className={`kpi-tile__value${text ? ' kpi-tile__value--text' : ''}`}
        style={!text && typeof value === 'string' ? { '--value-chars': value.length } as CSSProperties : undefined}>
        {loading ? <Skeleton height="1.6rem" width="5rem" label={`Loading ${label}`} /> : value}
      </span>
      {hint && <>{' '}<span className="kpi-tile__hint muted">{hint}</span></>}
    </>
  );
  const className = `kpi-tile${tone ? ` kpi-tile--${tone}` : ''}`;
  return to ? <Link className={`${className} kpi-tile--link`} to={to}>{body}</Link> : <div className={className} role="group" aria-labelledby={labelId}>{body}</div>;
}

/**
 * Placeholder tiles of the same size and grid placement while the numbers load: `compact` for a
 * `kpi-grid--compact` grid.
 */
export function KpiTilesSkeleton({ count, label, compact = false }: { count: number; label: string; compact?: boolean }) {
  return (
    <div className={`kpi-grid${compact ? ' kpi-grid--compact' : ''}`} role="status" aria-label={label}>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="kpi-tile" aria-hidden="true">
          <span className="skeleton kpi-tile__skeleton-label" />
          <span className="skeleton kpi-tile__skeleton-value" />
        </div>
      ))}
    </div>
  );
}
