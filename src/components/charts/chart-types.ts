export interface SeriesSpec {
  key: string;
  label: string;
  /** CSS colour or var(); pick colour-blind-safe pairs. */
  color: string;
  kind?: 'line' | 'area' | 'bar';
  dashed?: boolean;
}

export interface Marker { x: string; y: number; label: string }
export interface RefLine { value: number | string; label: string; axis: 'x' | 'y' }

export type Formatter = (value: number) => string;
