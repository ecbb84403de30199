import { PACKAGE_STATUSES } from '../api/schemas';
import { STATUS_INFO } from '../lib/package-status';

/** Toggle buttons, one per status, with counts; none pressed = every package. */
export function StatusFilter({ selected, counts, onToggle, onClear }: {
  selected: readonly string[];
  counts: Readonly<Record<string, number>>;
  onToggle: (status: string) => void;
  onClear: () => void;
}) {
  return (
    <div className="bh-filter" role="group" aria-label="Filter by status">
      <button type="button" className="bh-chip" aria-pressed={selected.length === 0} onClick={onClear}>
        All
      </button>
      {PACKAGE_STATUSES.map((s) => (
        <button key={s} type="button" className="bh-chip" aria-pressed={selected.includes(s)} onClick={() => onToggle(s)}>
          {STATUS_INFO[s].label} <span className="bh-chip__count">{counts[s] ?? 0}</span>
        </button>
      ))}
    </div>
  );
}
