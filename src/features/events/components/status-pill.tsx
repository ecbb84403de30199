/** A small labelled state (campaign status, client status, optimisation); text carries the meaning. */
export function StatusPill({ value, label }: { value: string | null; label: string }) {
  if (!value) return <span className="muted">—</span>;
  return <span className={`pill pill--${value.toLowerCase().replace(/[^a-z]+/g, '-')}`}>{label}</span>;
}
