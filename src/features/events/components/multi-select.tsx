import { useEffect, useId, useLayoutEffect, useState } from 'react';
import { usePopover } from '@/components/ui/use-popover';

export interface Option { value: string; label: string }

/**
 * A compact multi-choice filter: a disclosure (keyboard: Enter/Space opens, Escape closes) with
 * a checkbox group; a click or focus landing outside it closes it too, so a Tab out does not leave
 * the panel over the table. Selected values missing from `options` (e.g. from a shared link) stay
 * listed so they can be removed.
 */
export function MultiSelect({ label, options, selected, onChange, disabledText, loading = false }: {
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** When set, the control is disabled and says why. */
  disabledText?: string;
  loading?: boolean;
}) {
  const { open, setOpen, ref } = usePopover<HTMLDetailsElement>();
  // a panel wider than the room right of its field (the filter bar's last column) opens leftwards
  const [alignEnd, setAlignEnd] = useState(false);
  const id = useId();

  useLayoutEffect(() => {
    const panel = ref.current?.querySelector<HTMLElement>('.multi-select__panel');
    if (!open || !ref.current || !panel) return;
    setAlignEnd(ref.current.getBoundingClientRect().left + panel.offsetWidth > document.documentElement.clientWidth - 8);
  }, [open, options, ref]);

  // an opened list below the fold (on phones it opens in place, under the filters) scrolls into view
  useEffect(() => {
    if (open) ref.current?.querySelector<HTMLElement>('.multi-select__panel')?.scrollIntoView?.({ block: 'nearest' });
  }, [open, ref]);

  const known = new Set(options.map((o) => o.value));
  const all = [...options, ...selected.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v }))];
  const labelOf = (v: string) => all.find((o) => o.value === v)?.label ?? v;
  const summary = selected.length === 0 ? 'All' : selected.length === 1 ? labelOf(selected[0] ?? '') : `${labelOf(selected[0] ?? '')} +${selected.length - 1}`;

  if (disabledText) {
    return (
      <div className="field multi-select">
        <span id={`${id}-label`}>{label}</span>
        <button type="button" className="multi-select__summary" disabled aria-labelledby={`${id}-label ${id}-value`}>
          <span id={`${id}-value`} className="multi-select__value muted">{disabledText}</span>
        </button>
      </div>
    );
  }

  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));

  return (
    <div className="field multi-select">
    <span id={`${id}-label`}>{label}</span>
    <details
      ref={ref}
      className="multi-select__details"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className={`multi-select__summary${selected.length ? ' has-value' : ''}`} aria-labelledby={`${id}-label ${id}-value`}>
        <span id={`${id}-value`} className="multi-select__value">{summary}</span>
      </summary>
      <fieldset className={`multi-select__panel${alignEnd ? ' is-end' : ''}`} aria-describedby={loading ? `${id}-loading` : undefined}>
        <legend className="visually-hidden">{label}</legend>
        {loading && <p id={`${id}-loading`} className="muted">Loading…</p>}
        {!loading && all.length === 0 && <p className="muted">Nothing to choose from.</p>}
        {all.map((o) => (
          <label key={o.value} className="multi-select__option">
            <input type="checkbox" checked={selected.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            {o.label}
          </label>
        ))}
        {selected.length > 0 && (
          <button type="button" className="button button--small button--ghost" onClick={() => onChange([])}>Clear {label.toLowerCase()}</button>
        )}
      </fieldset>
    </details>
    </div>
  );
}
