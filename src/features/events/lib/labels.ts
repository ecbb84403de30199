import { humanize } from '@/lib/humanize';
import { CAMPAIGN_STATUSES } from '@/lib/schemas/event';

/**
 * Display words for the event's enum-like fields. The sets are open (contract §4.1): an unknown
 * value is shown as it came, tidied, never dropped.
 */

const CAMPAIGN_STATUS_LABELS: Record<string, string> = { RUNNING: 'Running', OPEN: 'Open', CLOSED: 'Closed', IGNORED: 'Ignored' };
const CLIENT_STATUS_LABELS: Record<string, string> = { RUNNING: 'Running', PAUSED: 'Paused' };
const LIFECYCLE_LABELS: Record<string, string> = { '': 'Any status', active: 'Active', archived: 'Archived', cancelled: 'Cancelled' };

export const campaignStatusLabel = (v: string | null) => (v ? CAMPAIGN_STATUS_LABELS[v] ?? humanize(v) : '—');
export const clientStatusLabel = (v: string | null) => (v ? CLIENT_STATUS_LABELS[v] ?? humanize(v) : '—');
export const lifecycleLabel = (v: string | null) => (v === null ? '—' : LIFECYCLE_LABELS[v] ?? humanize(v));
export const onOffLabel = (v: string | null) => (v === 'ON' ? 'On' : v === 'OFF' ? 'Off' : v ? humanize(v) : '—');


export const CAMPAIGN_STATUS_OPTIONS = CAMPAIGN_STATUSES.map((value) => ({ value, label: campaignStatusLabel(value) }));
