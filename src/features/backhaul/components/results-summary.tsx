import { formatDateTime, formatDay } from '@/lib/format';
import type { BackhaulSettings } from '../api/schemas';
import { modelSentence, windowOpenUntil } from '../lib/model-sentence';

/** Id of the settings panel on the package page (a stable anchor). */
export const SETTINGS_ANCHOR = 'attribution-settings';

/**
 * What produced the numbers, in one sentence, when they were computed, and — while a
 * re-evaluation runs — that they are about to change. The live region announces both.
 */
export function ResultsSummary({ producedBy, evaluatedAt, stale, pendingSettings, timeZone, today, onChangeSettings }: {
  producedBy: BackhaulSettings | null;
  evaluatedAt: string | null;
  stale: boolean;
  /** the settings being evaluated right now (shown while stale) */
  pendingSettings: BackhaulSettings | undefined;
  timeZone: string;
  /** the partner's day: is the attribution window still open? */
  today: string;
  /** moves keyboard focus to the settings (the link alone would only scroll there) */
  onChangeSettings: () => void;
}) {
  const openUntil = producedBy && !stale ? windowOpenUntil(producedBy, today) : null;
  return (
    <div className="results-summary">
      {producedBy ? (
        <p className="model-sentence">
          <span data-testid="model-sentence">{modelSentence(producedBy)}</span>
          <a
            className="results-summary__change"
            href={`#${SETTINGS_ANCHOR}`}
            onClick={(e) => { e.preventDefault(); onChangeSettings(); }}
          >
            Change settings
          </a>
        </p>
      ) : (
        <p className="model-sentence muted">Numbers from the previous evaluation.</p>
      )}
      <div role="status" className="results-summary__status">
        {stale ? (
          <div className="notice bh-notice-progress">
            <p><span className="bh-spinner" aria-hidden="true" /> <strong>Re-evaluating…</strong> The numbers below are from before your change and are replaced as soon as the new ones are ready.</p>
            {pendingSettings && <p className="muted">Now counting: {modelSentence(pendingSettings)}</p>}
          </div>
        ) : (
          <>
            {evaluatedAt && <p className="muted">Evaluated {formatDateTime(evaluatedAt, timeZone)}</p>}
            {openUntil && (
              <p className="muted">
                The attribution window is still open: purchases until {formatDay(openUntil)} count, so these numbers can still grow.
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
