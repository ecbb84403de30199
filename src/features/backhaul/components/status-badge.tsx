import type { Package } from '../api/schemas';
import { statusInfo } from '../lib/package-status';

/** A package status as text with an icon and a tone (never colour alone). */
export function StatusBadge({ status }: { status: Package['status'] }) {
  const info = statusInfo(status);
  return (
    <span className={`bh-status bh-status--${info.tone}`} title={info.hint}>
      <span aria-hidden="true">{info.icon}</span> {info.label}
    </span>
  );
}
