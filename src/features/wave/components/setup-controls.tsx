import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ApiError, describeError } from '@/lib/api-errors';
import { formatCount } from '@/lib/format';
import { invalidateAfterWaveWrite } from '../api/invalidate';
import { initCampaignsSetup, resetCampaignsSetup } from '../api/mutations';
import type { Campaign } from '../api/schemas';
import type { ClusterInfo } from '../lib/clusters';
import { ResetSummary } from './reset-summary';
import type { WaveLock } from '../lib/event-phase';
import { campaignStateLabel } from '../lib/labels';

/**
 * Init setup (campaign status → Open; for upcoming events only — a past event cannot get new
 * campaigns) and reset setup (deletes the campaigns and sets the status Open, after a
 * confirmation). Neither is offered where it would change nothing: an Open event without
 * campaigns is ready for them, and without campaigns a reset would only do what initialise does. A message belongs to
 * the campaign status it reports and goes once that changes (campaigns started).
 */
export function SetupControls({ eid, title, campaigns, clusters, currency, campaignStatus, locked = null }: {
  eid: string;
  title: string;
  campaigns: readonly Campaign[] | undefined;
  clusters: readonly ClusterInfo[] | undefined;
  currency: string | null;
  /** the event's campaign_status */
  campaignStatus: string | null;
  /** why new campaigns cannot be set up (see waveLock) */
  locked?: WaveLock;
}) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  // the message reports the status the write left (read before it is set); a later change goes
  // with it (campaigns started, or ended)
  const [reported, setReported] = useState(campaignStatus);
  if (reported !== campaignStatus) {
    setReported(campaignStatus);
    setMessage('');
  }
  const init = useMutation({
    mutationFn: () => initCampaignsSetup(eid),
    onMutate: () => setMessage(''),
    onSuccess: async () => {
      await invalidateAfterWaveWrite(queryClient, eid);
      setMessage('Setup initialised: the campaign status is Open.');
    },
    // refused (409: changed meanwhile) or unsure: the page re-reads, so it shows the current state
    onError: () => void invalidateAfterWaveWrite(queryClient, eid),
  });
  const reset = useMutation({
    mutationFn: () => resetCampaignsSetup(eid),
    onMutate: () => setMessage(''),
    onSuccess: async () => {
      const count = campaigns?.length;
      await invalidateAfterWaveWrite(queryClient, eid);
      setConfirming(false);
      setMessage(
        count === undefined ? 'Setup reset: the campaigns were deleted.'
          : count === 0 ? 'Setup reset.' : `Setup reset: ${formatCount(count, 'campaign', 'campaigns')} deleted.`,
      );
    },
    onError: () => void invalidateAfterWaveWrite(queryClient, eid),
  });
  const busy = init.isPending || reset.isPending;
  // initialising over existing campaigns would mark the event Open while they still run: so not
  // before the list has said there are none (loading, or its read failed)
  const hasCampaigns = campaigns !== undefined && campaigns.length > 0;
  const none = campaigns !== undefined && campaigns.length === 0;
  // Open without campaigns: both calls would leave the event as it is
  const ready = none && campaignStatus === 'OPEN';
  const canInit = none && !ready && !locked;
  // a begun event's campaigns are its results' history (spend, ROAS); a cancelled one's can go
  const begun = locked?.begun ?? false;
  const hintId = useId();
  const intro = 'Initialise prepares the event for new campaigns; reset deletes its campaigns and starts over.';
  const hint = begun && locked ? `${intro} ${locked.sentence}: new campaigns can only be set up for upcoming events, and the campaigns it had stay on record.`
    : locked ? `${intro} ${locked.sentence}: no new campaigns are set up for it.`
    : ready ? 'Ready for campaigns: the campaign status is Open and there are no campaigns to delete, so there is nothing to initialise or reset.'
    : none ? `Initialise makes the event ready for campaigns: ${campaignStatus
      ? `its campaign status, ${campaignStateLabel(campaignStatus).label}${campaignStatus === 'IGNORED' ? ' (left out of campaigns)' : ''}, becomes Open`
      : 'it gets the campaign status Open'}. There are no campaigns to reset.`
    : hasCampaigns ? `${intro} This event has campaigns already: reset first to start over.`
    : `${intro} Initialise is possible once the campaign list below has loaded.`;

  return (
    <div className="wave-control">
      <div className="wave-control__text">
        <span className="wave-control__label">Setup</span>
        <span className="muted" id={hintId}>{hint}</span>
      </div>
      <div className="wave-control__action">
        {/* while a write runs, and once it has made the event ready, the pressed button refuses
            (aria-disabled) but keeps the keyboard's focus: a disabled one would drop it to the page */}
        <button
          type="button"
          className="button"
          disabled={!canInit && !init.isPending && !ready}
          aria-disabled={busy || ready || undefined}
          aria-describedby={hintId}
          onClick={() => { if (!busy && canInit) init.mutate(); }}
        >
          {init.isPending ? 'Initialising…' : 'Initialise setup'}
        </button>
        <button type="button" className="button wave-danger-outline" disabled={busy || begun || none} aria-describedby={hintId} onClick={() => { reset.reset(); setConfirming(true); }}>
          Reset setup…
        </button>
        <span role="status" className="wave-control__status">{message}</span>
      </div>
      {init.isError && (
        <p className="field-error wave-control__detail" role="alert">
          Could not initialise the setup.{' '}
          {/* the page has re-read the event (onError): no "reload", and no Retry once it no longer may */}
          {init.error instanceof ApiError && init.error.status === 409 ? 'The event changed meanwhile; it is shown as it is now.' : describeError(init.error)}{' '}
          {canInit && <button type="button" className="button" onClick={() => init.mutate()}>Retry</button>}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title="Reset the campaign setup?"
        confirmLabel={campaigns && campaigns.length > 0 ? `Delete ${formatCount(campaigns.length, 'campaign', 'campaigns')} and reset` : 'Reset setup'}
        busy={reset.isPending}
        busyLabel="Resetting…"
        error={reset.isError ? `The reset failed. ${describeError(reset.error)} Close this to see the event's campaigns as they are now.` : undefined}
        onConfirm={() => reset.mutate()}
        onCancel={() => setConfirming(false)}
      >
        <ResetSummary title={title} campaigns={campaigns} clusters={clusters} currency={currency} />
      </ConfirmDialog>
    </div>
  );
}
