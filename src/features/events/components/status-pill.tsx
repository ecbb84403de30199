/** A small labelled state (campaign status, client status, optimisation); text carries the meaning. */
export function StatusPill({ value, label }: { value: string | null; label: string }) {
  const tone = value ? value.toLowerCase().replace(/[^a-z]+/g, '-') : 'none';
  return <span className={`pill pill--${tone}`}>{label}</span>;
}
