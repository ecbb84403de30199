import { useId, useState, type FormEvent } from 'react';
import { formatDay } from '@/lib/format';
import type { ResolvedRange } from '../lib/revenue-range';
import { REVENUE_RANGES, type RevenueRangePreset } from '../lib/search';

/**
 * Presets in a select; "Custom" reveals two date fields applied together (so a half-typed
 * range never fires a request). Both ends are inclusive. A range changed from outside (Back, a
 * link) resets the fields; the select itself stays mounted, so a keyboard user stepping through
 * the presets keeps focus on it.
 */
export function RangePicker({ range, labels, today, onPreset, onCustom }: {
  range: ResolvedRange;
  /** the partner's day: sales are known up to it, so a custom range ends there at the latest */
  today: string;
  /** the presets' names for this event (a past event's presets do not end today) */
  labels: Record<RevenueRangePreset, string>;
  onPreset: (preset: Exclude<RevenueRangePreset, 'custom'>) => void;
  onCustom: (from: string, to: string) => void;
}) {
  const id = useId();
  const [custom, setCustom] = useState(range.preset === 'custom');
  const [from, setFrom] = useState(range.start);
  const [to, setTo] = useState(range.end);
  const [error, setError] = useState<string | null>(null);
  const rangeKey = `${range.preset} ${range.start} ${range.end}`;
  const [shownKey, setShownKey] = useState(rangeKey);
  if (shownKey !== rangeKey) {
    setShownKey(rangeKey);
    setCustom(range.preset === 'custom');
    setFrom(range.start);
    setTo(range.end);
    setError(null);
  }

  function apply(e: FormEvent) {
    e.preventDefault();
    if (!from || !to) { setError('Enter both dates.'); return; }
    if (to > today) { setError(`Sales are known up to today (${formatDay(today)}): choose a “To” date on or before it.`); return; }
    if (from > to) { setError('The “From” date is after the “To” date.'); return; }
    setError(null);
    onCustom(from, to);
  }

  return (
    <form className="range-picker" onSubmit={apply} aria-label="Date range" noValidate>
      <div className="range-picker__field">
        <label htmlFor={`${id}-range`}>Range</label>
        <select
          id={`${id}-range`}
          value={custom ? 'custom' : range.preset}
          onChange={(e) => {
            const value = e.target.value as RevenueRangePreset;
            if (value === 'custom') { setCustom(true); setFrom(range.start); setTo(range.end); return; }
            setCustom(false);
            onPreset(value);
          }}
        >
          {REVENUE_RANGES.map((p) => <option key={p} value={p}>{labels[p]}</option>)}
        </select>
      </div>
      {custom && (
        <>
          <label className="range-picker__field">
            <span>From</span>
            <input type="date" value={from} max={to && to < today ? to : today} onChange={(e) => setFrom(e.target.value)} aria-describedby={error ? `${id}-err` : undefined} />
          </label>
          <label className="range-picker__field">
            <span>To</span>
            <input type="date" value={to} min={from || undefined} max={today} onChange={(e) => setTo(e.target.value)} aria-describedby={error ? `${id}-err` : undefined} />
          </label>
          <button type="submit" className="button">Apply</button>
          {error && <p id={`${id}-err`} className="field-error" role="alert">{error}</p>}
        </>
      )}
    </form>
  );
}
