import { useId } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { invalidateAfterWaveWrite } from '../api/invalidate';
import type { SettableOptimisationStatus } from '../api/schemas';
import { useLatestWins } from '../lib/use-latest-wins';
import { failureDetail, useTellIfPageLeft, writeWentThrough } from '../lib/write-failure';
import { WriteOutcome } from './write-outcome';
import type { WaveLock } from '../lib/event-phase';

type Value = SettableOptimisationStatus;

/**
 * An on/off switch backed by one PUT (campaign or ad-level optimisation). Rapid clicks are
 * serialised (latest wins), then the event is re-read so the switch shows the server's state.
 * Once campaigns are `locked` (the event has begun, or is cancelled) there is nothing left to
 * optimise: the switch shows its last state, read-only, and says why.
 */
export function OptimisationSwitch({ eid, title, readAt, field, label, description, serverValue, write, locked = null }: {
  eid: string;
  /** when the event was last read (an error goes once it is read again, see useLatestWins) */
  readAt?: number;
  /** the event's title, for a failure told after its page was left */
  title: string;
  /** The event's field this switch writes. */
  field: 'campaign_optimisation_status' | 'ad_campaign_optimisation_status';
  label: string;
  description: string;
  serverValue: string | null;
  write: (eid: string, value: Value) => Promise<void>;
  /** why this can no longer change (see waveLock) */
  locked?: WaveLock;
}) {
  const queryClient = useQueryClient();
  const labelId = useId();
  const descriptionId = useId();
  const server: Value | null = serverValue === 'ON' || serverValue === 'OFF' ? serverValue : null;
  const tellIfLeft = useTellIfPageLeft(eid);
  const writer = useLatestWins<Value, void>(server, () => ({
    write: (value) => write(eid, value),
    reconcile: (confirmed) => {
      if (confirmed !== undefined) writeWentThrough(eid, field);
      return invalidateAfterWaveWrite(queryClient, eid, confirmed && { [field]: confirmed });
    },
    onFailed: (error, value) => tellIfLeft(field, `Turning ${label.toLowerCase()} ${value === 'ON' ? 'on' : 'off'} for ${title} failed.`, error),
  }), readAt);
  const on = writer.display === 'ON';
  // the error goes too once the event reports the wished state (the write did go through)
  const failed = writer.failed && server !== writer.failedValue;
  const busy = writer.phase === 'writing' || (writer.phase === 'reconciling' && !failed);
  // what the user asked for, not the switch's state beside it (which is the server's)
  const status = failed ? `Could not turn ${label.toLowerCase()} ${writer.failedValue === 'ON' ? 'on' : 'off'} —`
    : busy ? 'Saving…' : writer.phase === 'done' ? 'Saved' : '';

  return (
    <div className="wave-control">
      <div className="wave-control__text">
        <span className="wave-control__label" id={labelId}>{label}</span>
        <span className="muted" id={descriptionId}>{description}{locked && ` ${locked.sentence}, so this can no longer change.`}</span>
      </div>
      <div className="wave-control__action wave-control__action--switch">
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby={labelId}
          aria-describedby={descriptionId}
          className="wave-switch"
          disabled={locked !== null}
          onClick={() => writer.set(on ? 'OFF' : 'ON')}
        >
          <span className="wave-switch__track" aria-hidden="true"><span className="wave-switch__thumb" /></span>
          <span className="wave-switch__text">{on ? 'On' : 'Off'}</span>
        </button>
        <WriteOutcome text={status} onRetry={failed ? writer.retry : undefined} />
      </div>
      {failed && <p className="field-error wave-control__detail">{failureDetail(writer.error)}</p>}
    </div>
  );
}
