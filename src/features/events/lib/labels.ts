import { CAMPAIGN_STATUSES } from '@/lib/schemas/event';

/**
 * Display words for the event's enum-like fields. The sets are open (contract §4.1): an unknown
 * value is shown as it came, tidied, never dropped.
 */
const tidy = (value: string) => {
  const s = value.replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

const CAMPAIGN_STATUS_LABELS: Record<string, string> = { RUNNING: 'Running', OPEN: 'Open', CLOSED: 'Closed', IGNORED: 'Ignored' };
const CLIENT_STATUS_LABELS: Record<string, string> = { RUNNING: 'Running', PAUSED: 'Paused' };
const LIFECYCLE_LABELS: Record<string, string> = { '': 'Any status', active: 'Active', archived: 'Archived', cancelled: 'Cancelled' };

export const campaignStatusLabel = (v: string | null) => (v ? CAMPAIGN_STATUS_LABELS[v] ?? tidy(v) : '—');
export const clientStatusLabel = (v: string | null) => (v ? CLIENT_STATUS_LABELS[v] ?? tidy(v) : '—');
export const lifecycleLabel = (v: string | null) => (v === null ? '—' : LIFECYCLE_LABELS[v] ?? tidy(v));
export const categoryLabel = (v: string | null) => (v ? tidy(v) : '—');
export const onOffLabel = (v: string | null) => (v === 'ON' ? 'On' : v === 'OFF' ? 'Off' : v ? tidy(v) : '—');

/**
 * Categories offered by the filter. The API has no category list (contract gap), so these are the
 * known ones; a category that arrives through a shared link is offered as well.
 */
export const KNOWN_CATEGORIES = ['concert', 'sports', 'theatre', 'comedy', 'fair', 'product_release'] as const;

export const CAMPAIGN_STATUS_OPTIONS = CAMPAIGN_STATUSES.map((value) => ({ value, label: campaignStatusLabel(value) }));
