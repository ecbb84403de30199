import { useCallback } from 'react';
import { ApiError, describeError } from '@/lib/api-errors';
import { session } from '@/lib/api';
import { failedAfterLeaving, useTellIfLeft } from '@/lib/failed-after-leaving';
import { CampaignTaskFailedError } from '../api/mutations';

/** The refusals the campaign writes are known for, in words (contract-decisions: campaign writes). */
const REFUSALS: Record<string, string> = {
  'error.campaign.event_in_past': 'The event has begun, so its campaigns cannot be started or resumed any more.',
  'error.campaign.event_cancelled': 'The event is cancelled, so its campaigns cannot be started or resumed.',
};

/** Why a campaign control's write failed, in a sentence (beside the control, or in the shell's alert). */
export function failureDetail(error: unknown): string {
  if (error instanceof CampaignTaskFailedError) return error.message;
  return (error instanceof ApiError && error.messageKey && REFUSALS[error.messageKey]) || describeError(error);
}

const about = (eid: string, field: string) => `${eid}:${field}`;

/**
 * For a campaign control's writes: `tell(field, message, error)` says, in the app shell, that a
 * write of the event failed once the user has left its campaign page ("Pausing the campaigns of
 * X failed."), with a link back; on the page the control says it itself.
 */
export function useTellIfPageLeft(eid: string): (field: string, message: string, error: unknown) => void {
  const tell = useTellIfLeft();
  return useCallback((field: string, message: string, error: unknown) => tell({
    about: about(eid, field),
    message,
    detail: failureDetail(error),
    link: { to: `/campaigns/${encodeURIComponent(eid)}`, label: 'Open its campaign page' },
  }), [tell, eid]);
}

/** A write of the field went through (the server took it): a failure told about it earlier goes. */
export function writeWentThrough(eid: string, field: string): void {
  failedAfterLeaving.resolve(about(eid, field), session.get()?.partnerId ?? null);
}
