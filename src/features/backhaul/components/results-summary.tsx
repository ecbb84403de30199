import { dayInZone } from '@/lib/dates';
import { formatDateTime, formatDay } from '@/lib/format';
import type { BackhaulSettings } from '../api/schemas';
import { modelSentence, windowNote, type WindowNote } from '../lib/model-sentence';

/** Id of the settings panel on the package page (a stable anchor). */
export const SETTINGS_ANCHOR = 'attribution-settings';

function windowSentence(note: WindowNote): string {
  return note.kind === 'open'
    ? `The attribution window is still open: purchases until ${formatDay(note.lastDay)} count, so these numbers can still grow.`
    : `These numbers were computed on ${formatDay(note.evaluatedDay)}, before the attribution window closed (${formatDay(note.lastDay)}): later purchases are not in them. Save and re-evaluate to count them.`;
}

/**
 * What produced the numbers, in one sentence, when they were computed, and — while a
 * re-evaluation runs — that they are about to change. The live region announces both.
 */
export function ResultsSummary({ producedBy, settingsUnreadable = false, evaluatedAt, stale, pendingSettings, timeZone, today, onChangeSettings }: {
  producedBy: BackhaulSettings | null;
  /** the package's settings could not be read: say so rather than call these numbers "previous" */
  settingsUnreadable?: boolean;
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
  const evaluatedDay = evaluatedAt ? dayInZone(new Date(evaluatedAt), timeZone) : null;
  const incomplete = producedBy && !stale ? windowNote(producedBy, today, evaluatedDay) : null;
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
      ) : stale ? (
        <p className="model-sentence muted">Numbers from the previous evaluation.</p>
      ) : settingsUnreadable ? (
        <p className="model-sentence muted">The settings behind these numbers could not be read.</p>
      ) : null}
      <div role="status" className="results-summary__status">
        {stale ? (
          <div className="notice bh-notice-progress">
            <p><span className="bh-spinner" aria-hidden="true" /> <strong>Re-evaluating…</strong> The numbers below are from before your change and are replaced as soon as the new ones are ready.</p>
            {pendingSettings && <p className="muted">Now counting: {modelSentence(pendingSettings)}</p>}
          </div>
        ) : (
          <>
            {evaluatedAt && <p className="muted">Evaluated {formatDateTime(evaluatedAt, timeZone)}</p>}
            {incomplete && <p className="muted">{windowSentence(incomplete)}</p>}
          </>
        )}
      </div>
    </div>
  );
}
