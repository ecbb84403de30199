import { ShareBar } from '@/components/ui/share-bar';
import { formatFit, formatNumber } from '@/lib/format';
import type { SuggestionRow } from '../lib/clusters';

/**
 * Suggested audience clusters, best first: label, reach and fit (metric_pred / 5). The caption
 * is the one place that says for which budget and goal (shown, and announced when it changes);
 * a paragraph above with the same words, or a region named "Audience suggestions, table" inside
 * the section "Audience suggestions", had screen readers say it all twice.
 */
export function SuggestionsTable({ rows, caption }: { rows: readonly SuggestionRow[]; caption: string }) {
  return (
    // focusable: on narrow screens (320 px) the table scrolls sideways inside it, by keyboard too
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table wave-suggestions">
        <caption className="muted wave-suggest-caption" aria-live="polite">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">#</th>
            <th scope="col">Audience cluster</th>
            <th scope="col" className="num">Reach</th>
            <th scope="col">Fit</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.tc}>
              <td className="num">{formatNumber(i + 1)}</td>
              <th scope="row">
                {row.label}
                {!row.known && <span className="muted"> (no cluster details)</span>}
              </th>
              <td className="num">{formatNumber(row.reach)}</td>
              <td>
                <ShareBar value={row.fit} label={formatFit(row.fit)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
