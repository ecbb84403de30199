import { focusFirstInvalid } from '@/components/ui/focus-first-invalid';
import { SubmitButton } from '@/components/ui/submit-button';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { env } from '@/config/env';
import { formatZoneName } from '@/lib/format';
import { categoryLabel, KNOWN_CATEGORIES } from '@/lib/humanize';
import { fromZonedInput } from '@/lib/zoned-time';
import { EVENT_TYPES } from '../api/schemas';
import { SPECIAL_AD_CATEGORIES, SPECIAL_AD_LABELS, type EditErrors, type EditField, type EditFormValues } from '../lib/edit-form';

const TYPE_LABELS: Record<string, string> = { fdlive: 'FD Live (fdlive)', prisma: 'Prisma (prisma)' };

/** Known categories by label, plus the event's own if it is another one; "Not set" only while none is saved (the API cannot clear it). */
function categoryChoices(saved: string | null): string[] {
  const known: string[] = [...KNOWN_CATEGORIES].sort((a, b) => categoryLabel(a).localeCompare(categoryLabel(b)));
  if (!saved) return ['', ...known];
  return known.includes(saved) ? known : [saved, ...known];
}

/**
 * The start's zone, named as the event header names it ("CET", "MEZ") at the time typed: a Zürich
 * venue's manager read "Europe/Berlin" as the wrong city.
 */
function startHint(start: string): string {
  const zone = formatZoneName((start && fromZonedInput(start, env.partnerTimeZone)) || new Date().toISOString(), env.partnerTimeZone);
  return zone ? `Local time (${zone})` : 'Local time';
}

/** The edit form's fields; every error sits next to its field and is tied to it for screen readers. */
export function EditEventForm({ values, savedCategory, errors, warnings = {}, formError, saving, onChange, onSubmit, onCancel }: {
  values: EditFormValues;
  /** the event's category as saved: offered even when it is not a known one */
  savedCategory: string | null;
  errors: EditErrors;
  /** worth a second look, but saved if the user wants (shown when there is no error) */
  warnings?: EditErrors;
  formError: string | null;
  saving: boolean;
  /** the fields just changed */
  onChange: (patch: Partial<EditFormValues>) => void;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const errorKeys = Object.keys(errors).join(',');
  const targetOpen = Boolean(errors.partner_product || errors.event_type);

  // After a failed submit, focus moves to the first field in error.
  useEffect(() => {
    if (!errorKeys) return;
    focusFirstInvalid(formRef.current);
  }, [errorKeys]);

  const set = (field: EditField) => (e: { target: { value: string } }) => onChange({ [field]: e.target.value });
  const field = (name: EditField, label: string, control: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode, hint?: string) => {
    const fid = `${id}-${name}`;
    const warning = errors[name] ? undefined : warnings[name];
    const describedBy = [errors[name] ? `${fid}-err` : '', warning ? `${fid}-warn` : '', hint ? `${fid}-hint` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field">
        <label htmlFor={fid}>{label}</label>
        {control({ id: fid, 'aria-invalid': Boolean(errors[name]), 'aria-describedby': describedBy })}
        {hint && <p id={`${fid}-hint`} className="muted field-hint">{hint}</p>}
        {errors[name] && <p id={`${fid}-err`} className="field-error">{errors[name]}</p>}
        {warning && <p id={`${fid}-warn`} className="field-warning">{warning}</p>}
      </div>
    );
  };

  return (
    <form ref={formRef} className="edit-form" noValidate onSubmit={(e) => { e.preventDefault(); onSubmit(); }} aria-busy={saving}>
      {formError && <p className="form-error" role="alert">{formError}</p>}
      <div className="edit-form__grid">
        {field('title', 'Title', (p) => <input {...p} type="text" value={values.title} onChange={set('title')} required data-autofocus />)}
        {field('start', 'Starts', (p) => <input {...p} type="datetime-local" value={values.start} onChange={set('start')} required />, startHint(values.start))}
        {field('city', 'City', (p) => <input {...p} type="text" value={values.city} onChange={set('city')} />)}
        {field('venue_name', 'Venue', (p) => <input {...p} type="text" value={values.venue_name} onChange={set('venue_name')} />)}
        {field('hall_name', 'Hall', (p) => <input {...p} type="text" value={values.hall_name} onChange={set('hall_name')} />)}
        {field('capacity', 'Capacity', (p) => <input {...p} type="text" inputMode="numeric" value={values.capacity} onChange={set('capacity')} />, 'Whole number of seats or tickets')}
        {field('category', 'Category', (p) => (
          <select {...p} value={values.category} onChange={set('category')}>
            {categoryChoices(savedCategory).map((c) => <option key={c} value={c}>{c ? categoryLabel(c) : 'Not set'}</option>)}
          </select>
        ))}
        {field('special_ad_category', 'Special ad category (Meta)', (p) => (
          <select {...p} value={values.special_ad_category} onChange={set('special_ad_category')}>
            {SPECIAL_AD_CATEGORIES.map((c) => <option key={c} value={c}>{SPECIAL_AD_LABELS[c] ?? c}</option>)}
          </select>
        ))}
      </div>
      <details className="edit-form__target" open={targetOpen || undefined}>
        <summary>Where to save <span className="muted">(advanced: the defaults suit most accounts)</span></summary>
        <div className="edit-form__grid">
          {field('event_type', 'Event type', (p) => (
            <select {...p} value={values.event_type} onChange={set('event_type')}>
              {EVENT_TYPES.map((t) => <option key={t} value={t}>{TYPE_LABELS[t] ?? t}</option>)}
            </select>
          ))}
          {field('partner_product', 'Partner product', (p) => <input {...p} type="text" value={values.partner_product} onChange={set('partner_product')} />, 'The product your account uses, e.g. lookout')}
        </div>
      </details>
      <div className="edit-form__actions">
        {/* while saving, closing would leave the save to land unseen */}
        <button type="button" className="button" onClick={onCancel} disabled={saving}>Cancel</button>
        <SubmitButton busy={saving}>{saving ? 'Saving…' : 'Save changes'}</SubmitButton>
      </div>
    </form>
  );
}
