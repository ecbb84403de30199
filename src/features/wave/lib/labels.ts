import { humanize } from '@/lib/humanize';

/** Words + icon per campaign state (never colour alone). Unknown values are humanised. */
export interface StateLabel {
  label: string;
  icon: string;
  tone: 'positive' | 'attention' | 'neutral' | 'muted';
}

const CAMPAIGN_STATES: Record<string, StateLabel> = {
  RUNNING: { label: 'Running', icon: '▶', tone: 'positive' },
  PAUSED: { label: 'Paused', icon: '❚❚', tone: 'attention' },
  COMPLETED: { label: 'Completed', icon: '✓', tone: 'neutral' },
  IGNORED: { label: 'Ignored', icon: '⊘', tone: 'muted' },
  OPEN: { label: 'Open', icon: '○', tone: 'neutral' },
  CLOSED: { label: 'Closed', icon: '■', tone: 'muted' },
};


export function campaignStateLabel(status: string | null): StateLabel {
  if (!status) return { label: 'Unknown', icon: '?', tone: 'muted' };
  return CAMPAIGN_STATES[status] ?? { label: humanize(status), icon: '○', tone: 'neutral' };
}
