import './share-bar.css';

/**
 * A share (0–1) as its figure with a small bar before it: cluster fit on the event and campaign
 * pages, share of revenue in a package. The bar is decoration; `label` (the formatted figure) is
 * what is read out.
 */
export function ShareBar({ value, label }: { value: number | null | undefined; label: string }) {
  const width = `${Math.round(Math.min(1, Math.max(0, value ?? 0)) * 1000) / 10}%`;
  return (
    <span className="share-bar">
      <span className="share-bar__track" aria-hidden="true"><span style={{ width }} /></span>
      {label}
    </span>
  );
}
