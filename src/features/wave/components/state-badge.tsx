import { campaignStateLabel } from '../lib/labels';

export function StateBadge({ status }: { status: string | null }) {
  const { label, icon, tone } = campaignStateLabel(status);
  return (
    <span className={`wave-badge wave-badge--${tone}`}>
      <span aria-hidden="true">{icon}</span> {label}
    </span>
  );
}
