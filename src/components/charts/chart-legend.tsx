import './chart-legend.css';

export type LegendKind = 'line' | 'dashed' | 'band' | 'bar' | 'marker' | 'rule';

export interface LegendItem {
  label: string;
  color: string;
  kind: LegendKind;
}

function Swatch({ color, kind }: Omit<LegendItem, 'label'>) {
  return (
    <svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true" focusable="false">
      {kind === 'band' && <rect x="0" y="1" width="22" height="10" rx="2" fill={color} fillOpacity="0.25" />}
      {kind === 'bar' && <rect x="5" y="0" width="12" height="12" rx="2" fill={color} />}
      {kind === 'marker' && <path d="M11 0 L17 6 L11 12 L5 6 Z" fill={color} />}
      {(kind === 'line' || kind === 'dashed' || kind === 'rule') && (
        <line x1="0" y1="6" x2="22" y2="6" stroke={color} strokeWidth={kind === 'rule' ? 1.5 : 2.5} strokeDasharray={kind === 'dashed' ? '6 3' : kind === 'rule' ? '3 3' : undefined} />
      )}
    </svg>
  );
}

/**
 * The chart's key as HTML (not part of the SVG, so it wraps on narrow screens and is read by
 * screen readers). Line styles differ as well as colours, so it works without colour vision.
 */
export function ChartLegend({ items, label = 'Legend' }: { items: readonly LegendItem[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.label} className="chart-legend__item">
          <Swatch color={item.color} kind={item.kind} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
