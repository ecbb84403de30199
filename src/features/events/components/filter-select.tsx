import { useRef } from 'react';
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
 * and applies a choice made by keys to the URL once it rests; see `useLeadingValue`. A choice
 * made without keys (the mouse, a tap) is applied at once: there is no run of presses to wait for.
 */
export function FilterSelect<T extends string>({ label, value, options, onChange, className = 'field' }: Props<T>) {
  const [shown, setShown] = useLeadingValue(value, onChange, SELECT_SETTLE_MS);
  // a key went down in this task: the change it makes (an arrow, Enter in the open list) is one of a run
  const keyed = useRef(false);
  const onKeyDown = () => {
    keyed.current = true;
    setTimeout(() => { keyed.current = false; }, 0);
  };
  return (
    <label className={className}>
      <span>{label}</span>
      <select value={shown} onKeyDown={onKeyDown} onChange={(e) => setShown(e.target.value as T, { now: !keyed.current })}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}
