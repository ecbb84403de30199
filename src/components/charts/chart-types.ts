export interface SeriesSpec {
  key: string;
  label: string;
  /** CSS colour or var(); pick colour-blind-safe pairs. */
  color: string;
  kind?: 'line' | 'area' | 'bar';
  dashed?: boolean;
}

/** A point marker (drawn as a diamond); `color` defaults to var(--marker). */
export interface Marker { x: string; y: number; label: string; color?: string }
export interface RefLine { value: number | string; label: string; axis: 'x' | 'y'; color?: string }

export type Formatter = (value: number) => string;
