import { useId, useState, type ChangeEvent } from 'react';
import { isCalendarDay } from '@/lib/dates';
import { formatDay } from '@/lib/format';

/** A day the list can filter by: a real calendar day with a four-digit year from 1900. */
const isFilterDay = (value: string) => isCalendarDay(value) && value >= '1900-01-01';

/**
 * A date field that filters as soon as it holds a whole day, but keeps what is being typed: the
 * browser reports "0002-03-15" after the first digit of the year and nothing while a part is
 * missing, and sending either to the filter (and so to the address) emptied the field mid-typing.
 */
export function DayFilterInput({ label, value, onCommit, invalid, describedBy }: {
  label: string;
  /** the filter's day, from the address */
  value: string | null;
  onCommit: (day: string | null) => void;
  /** the range as a whole is wrong (From after To) */
  invalid?: boolean;
  describedBy?: string | undefined;
}) {
  const inputId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  const [left, setLeft] = useState(false);
  // the filter changed elsewhere (a preset, "clear filters", Back): the field follows it
  if (value !== shown) {
    setShown(value);
    setDraft(value ?? '');
  }
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const next = e.target.value;
    // mid-typing (a part missing) the browser's value is '': the same here, so nothing is written back
    setDraft(next);
    setLeft(false);
    if (e.target.validity.badInput) return;
    if (next === '') onCommit(null);
    else if (isFilterDay(next)) onCommit(next);
  };
  const unfinished = left && draft !== '' && !isFilterDay(draft);
  const described = [unfinished ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    // a <div>: the message beside the field is not part of its name
    <div className="field">
      <label htmlFor={inputId} className="field__caption">{label}</label>
      <input
        id={inputId}
        type="date"
        value={draft}
        onChange={onChange}
        onBlur={() => setLeft(true)}
        aria-invalid={invalid || unfinished || undefined}
        aria-describedby={described}
      />
      {unfinished && (
        <p id={errorId} className="field-error">
          Type the whole year (four digits); {value ? `until then the list uses ${formatDay(value)}` : 'until then the list ignores this field'}.
        </p>
      )}
    </div>
  );
}
