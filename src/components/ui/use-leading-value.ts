import { useEffect, useEffectEvent, useState } from 'react';

/**
 * A field whose own value leads and whose applied value (usually the URL) follows once it has
 * stopped changing for `ms`. The field never waits for the URL: a controlled `<select>` whose
 * value came from the URL snapped back between key presses while the navigation ran, so the next
 * ArrowDown started from the old option and presses were lost. The pause also sends one list
 * read for a run of presses or keystrokes instead of one each.
 *
 * `value` is the applied value; a change of it from elsewhere (Clear filters, Back/Forward) is
 * shown, but our own apply landing late does not overwrite what the user did since. `settle`
 * turns the field's value into the one applied (the search box trims). The setter's `now` applies
 * at once, without the pause: a choice made in one go (a pick with the mouse) has nothing to wait for.
 */
export function useLeadingValue<T>(
  value: T,
  apply: (next: T) => void,
  ms: number,
  settle: (field: T) => T = (v) => v,
): [T, (next: T, options?: { now?: boolean }) => void] {
  const [field, setField] = useState(value);
  const [seen, setSeen] = useState(value);
  // the last value this field applied, until it lands in `value`
  const [sent, setSent] = useState<{ value: T } | null>(null);
  if (!Object.is(value, seen)) {
    setSeen(value);
    if (sent && Object.is(value, sent.value)) setSent(null);
    else if (!Object.is(value, settle(field))) setField(value);
  }
  const applyLatest = useEffectEvent((next: T) => { setSent({ value: next }); apply(next); });
  const settled = settle(field);
  // (a value applied at once and still on its way into `value` is not applied again)
  const pending = sent !== null && Object.is(sent.value, settled);
  useEffect(() => {
    if (Object.is(settled, value) || pending) return;
    const timer = setTimeout(() => applyLatest(settled), ms);
    return () => clearTimeout(timer);
  }, [settled, value, ms, pending]);
  const set = (next: T, { now = false } = {}) => {
    setField(next);
    if (!now || Object.is(settle(next), value)) return;
    setSent({ value: settle(next) });
    apply(settle(next));
  };
  return [field, set];
}
