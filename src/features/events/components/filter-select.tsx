import { useLeadingValue } from '@/components/ui/use-leading-value';

/** How long a select's choice rests before the list follows: a run of arrow presses reads once. */
export const SELECT_SETTLE_MS = 250;

interface Props<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  className?: string;
}

/**
 * A filter bar `<select>`: shows each choice at once (arrowing through it never loses a press)
 * and applies it to the URL once the choice rests; see `useLeadingValue`.
 */
export function FilterSelect<T extends string>({ label, value, options, onChange, className = 'field' }: Props<T>) {
  const [shown, setShown] = useLeadingValue(value, onChange, SELECT_SETTLE_MS);
  return (
    <label className={className}>
      <span>{label}</span>
      <select value={shown} onChange={(e) => setShown(e.target.value as T)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}
