import { humanize } from '@/lib/humanize';

export type BadgeTone = 'positive' | 'attention' | 'neutral' | 'muted';

export interface StatusBadge {
  key: string;
  label: string;
  value: string;
  tone: BadgeTone;
  icon: string;
}

const FRONTEND: Record<string, [string, BadgeTone, string]> = {
  DEFAULT: ['Shown', 'neutral', '○'],
  FLAGGED: ['Flagged', 'attention', '⚑'],
  HIDDEN: ['Hidden', 'muted', '⊘'],
  CANCELLED: ['Cancelled', 'muted', '✕'],
};
const CAMPAIGN: Record<string, [BadgeTone, string]> = {
  RUNNING: ['positive', '▶'],
  OPEN: ['neutral', '○'],
  CLOSED: ['muted', '■'],
  IGNORED: ['muted', '⊘'],
  PAUSED: ['attention', '❚❚'],
};

/** The event's place in the lists in words ("Shown", "Flagged", "Hidden"); an unknown value tidied, never dropped. */
export const frontendStatusLabel = (value: string): string => FRONTEND[value]?.[0] ?? humanize(value);

/**
 * The client's campaign wish (`client_campaign_status`: Running / Paused, set by Wave's pause and
 * resume) as it should be shown — called "Delivery", as ad tools do, since it says whether the
 * ads are out; "Client campaign" meant nothing to the people it describes. It is shown
 * while the event's campaigns can run; once the event is CLOSED it is moot and left out, so a
 * page never says "Delivery: Running" beside "Campaign: Closed".
 */
export const shownClientStatus = (event: { campaign_status: string | null; client_campaign_status: string | null }): string | null =>
  event.campaign_status === 'CLOSED' ? null : event.client_campaign_status;

/** A lifecycle other than active (cancelled, archived) comes first: it outranks everything else. */
const LIFECYCLE: Record<string, [BadgeTone, string]> = {
  cancelled: ['attention', '✕'],
  archived: ['muted', '▣'],
};

/** The status fields that matter on an event page, each in words with a tone and an icon. */
export function statusBadges(event: {
  status?: string | null;
  frontend_status: string;
  campaign_status: string | null;
  client_campaign_status: string | null;
}): StatusBadge[] {
  const out: StatusBadge[] = [];
  if (event.status && event.status !== 'active') {
    const [tone, icon] = LIFECYCLE[event.status] ?? ['attention' as const, '!'];
    out.push({ key: 'lifecycle', label: 'Event', value: humanize(event.status), tone, icon });
  }
  const [, fTone, fIcon] = FRONTEND[event.frontend_status] ?? ['', 'neutral' as const, '○'];
  out.push({ key: 'frontend', label: 'In lists', value: frontendStatusLabel(event.frontend_status), tone: fTone, icon: fIcon });
  if (event.campaign_status) {
    const [tone, icon] = CAMPAIGN[event.campaign_status] ?? ['neutral' as const, '○'];
    out.push({ key: 'campaign', label: 'Campaign', value: humanize(event.campaign_status), tone, icon });
  }
  const client = shownClientStatus(event);
  if (client) {
    const [tone, icon] = CAMPAIGN[client] ?? ['neutral' as const, '○'];
    out.push({ key: 'client', label: 'Delivery', value: humanize(client), tone, icon });
  }
  return out;
}
