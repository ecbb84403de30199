import { focusIfLost } from '@/components/ui/focus-if-lost';
import { formatCount, formatDay, formatMoney, formatNumber } from '@/lib/format';
import type { AdjustmentMarker } from '../lib/daily-revenue';

// the source in words: "automated" alone read as a system flag
const SOURCES: Record<string, string> = { automated: 'measured automatically', manual: 'entered manually' };

/** "Campaign result: 147 purchases, €6,615.00 (measured automatically)". */
export function adjustmentNote(m: AdjustmentMarker, currency: string | null): string {
  const source = m.source ? ` (${SOURCES[m.source] ?? m.source})` : '';
  return `Campaign result: ${formatNumber(m.purchases)} purchases, ${formatMoney(m.revenue, currency)}${source}`;
}

/**
 * The markers in words (the legend of the ◆ on the chart), readable without hovering; results
 * outside the range are counted, with a way to widen the range to them (`onShowOutside`); after
 * that (`widened`) the list of them takes the keyboard, as the button is gone.
 */
export function AdjustmentList({ markers, outside, undated, currency, onShowOutside, widened = false }: {
  markers: readonly AdjustmentMarker[];
  outside: number;
  undated: number;
  currency: string | null;
  onShowOutside?: (() => void) | undefined;
  widened?: boolean;
}) {
  if (markers.length === 0 && outside === 0 && undated === 0) return null;
  return (
    <div className="adjustments">
      {markers.length > 0 && (
        <ul className="adjustments__list" aria-label="Campaign results in this range" tabIndex={widened ? -1 : undefined} ref={widened ? focusIfLost : undefined}>
          {markers.map((m) => (
            <li key={m.id}>
              <span className="adjustments__icon" aria-hidden="true">◆</span>{' '}
              <time dateTime={m.date}>{formatDay(m.date)}</time>: {formatNumber(m.purchases)} purchases · {formatMoney(m.revenue, currency)}
              {m.source && <> · {SOURCES[m.source] ?? m.source}</>}
            </li>
          ))}
        </ul>
      )}
      {undated > 0 && (
        <p className="muted adjustments__outside">{formatCount(undated, 'campaign result has', 'campaign results have')} no date, so no range shows {undated === 1 ? 'it' : 'them'}.</p>
      )}
      {outside > 0 && (
        <p className="muted adjustments__outside">
          {formatCount(outside, 'campaign result lies', 'campaign results lie')} outside this range.{' '}
          {onShowOutside && (
            <button type="button" className="button button--small" onClick={onShowOutside}>
              Widen the range to show {outside === 1 ? 'it' : 'them'}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
