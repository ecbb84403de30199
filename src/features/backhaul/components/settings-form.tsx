import { SubmitButton } from '@/components/ui/submit-button';
import { useUnsavedWork } from '@/components/ui/unsaved-work';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { env } from '@/config/env';
import { describeError } from '@/lib/api-errors';
import { describeUnsureWrite, outcomeUnknown } from '@/lib/write-outcome';
import { today, type Day } from '@/lib/dates';
import type { PartnerBackhaulDefaultsInput } from '../api/schemas';
import {
  emailDateRange, serverFieldErrors, validateSettingsForm, WINDOW_MAX, WINDOW_MIN,
  type FieldErrors, type SettingsField, type SettingsFormValues,
} from '../lib/settings-form';
import { ModelChoice } from './model-choice';

export interface SettingsFormProps {
  initial: SettingsFormValues;
  /** true for a package (the PUT needs the date); false for partner defaults */
  dateRequired: boolean;
  submitLabel: string;
  saving: boolean;
  /** the last save's error (kept values stay; server validation shows next to the fields) */
  saveError: unknown;
  /** shown after a successful save until the next edit */
  savedMessage: string | null;
  onSave: (value: PartnerBackhaulDefaultsInput) => void;
  dateHint: string;
  /** a package's creation day (partner's zone): the e-mail cannot have gone out earlier */
  packageCreated?: Day | null;
  /** the e-mail may still go out (a package being built): a day up to a year ahead is allowed */
  planned?: boolean;
}

const FIELD_ORDER: SettingsField[] = ['window', 'model', 'emailSentDate'];

/**
 * Attribution window, model and e-mail date. Validates on submit (then live), errors sit next to
 * their field (aria-invalid + aria-describedby), and nothing typed is lost when a save fails.
 */
export function SettingsForm({ initial, dateRequired, submitLabel, saving, saveError, savedMessage, onSave, dateHint, packageCreated = null, planned: building = false }: SettingsFormProps) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [editedSinceSave, setEditedSinceSave] = useState<ReadonlySet<SettingsField>>(new Set());
  const refs = useRef<Partial<Record<SettingsField, HTMLElement | null>>>({});
  const todayDay = today(env.partnerTimeZone);
  // a package may finish building before its planned e-mail day: a saved day still ahead stays allowed
  const planned = building || initial.emailSentDate.trim() > todayDay;
  const bounds = { dateRequired, today: todayDay, packageCreated, planned };
  const dates = emailDateRange(todayDay, packageCreated, planned);

  const server = serverFieldErrors(saveError);
  const errors: FieldErrors = { ...clientErrors };
  for (const f of FIELD_ORDER) if (!errors[f] && server.fields[f] && !editedSinceSave.has(f)) errors[f] = server.fields[f];
  const otherError = saveError && Object.keys(server.fields).length === 0
    ? server.other.length > 0 ? server.other.join(' ') : describeError(saveError)
    : server.other.join(' ');

  // A server rejection: move focus to the first field it names.
  useEffect(() => {
    const first = FIELD_ORDER.find((f) => serverFieldErrors(saveError).fields[f]);
    if (first) refs.current[first]?.focus();
  }, [saveError]);

  // what the browser's own inputs hold but cannot give as a value (a date missing its year)
  const halfTyped = () => new Set(FIELD_ORDER.filter((f) => {
    const el = refs.current[f];
    return el instanceof HTMLInputElement && el.validity.badInput;
  }));

  const change = (field: SettingsField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    setEditedSinceSave((s) => new Set(s).add(field));
    if (submitted) {
      const check = validateSettingsForm(next, bounds, halfTyped());
      setClientErrors(check.ok ? {} : check.errors);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const check = validateSettingsForm(values, bounds, halfTyped());
    if (!check.ok) {
      setClientErrors(check.errors);
      const first = FIELD_ORDER.find((f) => check.errors[f]);
      if (first) refs.current[first]?.focus();
      return;
    }
    setClientErrors({});
    setEditedSinceSave(new Set());
    onSave(check.value);
  };

  const dirty = FIELD_ORDER.some((f) => values[f] !== initial[f]);
  useUnsavedWork(dirty ? 'Your unsaved changes to the attribution settings are lost.' : null);
  const describedBy = (field: SettingsField, hint: boolean) =>
    [hint ? `${id}-${field}-hint` : '', errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: SettingsField) =>
    errors[field] ? <p id={`${id}-${field}-error`} className="field-error">{errors[field]}</p> : null;

  return (
    <form className="settings-form" noValidate onSubmit={submit} aria-busy={saving}>
      <div className="field">
        <label htmlFor={`${id}-window`}><span>Attribution window</span></label>
        <div className="settings-form__window">
          <input
            id={`${id}-window`}
            ref={(el) => { refs.current.window = el; }}
            type="number"
            inputMode="numeric"
            min={WINDOW_MIN}
            max={WINDOW_MAX}
            step={1}
            value={values.window}
            aria-invalid={errors.window ? true : undefined}
            aria-describedby={describedBy('window', true)}
            onChange={(e) => change('window', e.target.value)}
          />
          <span aria-hidden="true">days</span>
        </div>
        <p id={`${id}-window-hint`} className="bh-hint muted">Whole days, {WINDOW_MIN}–{WINDOW_MAX}, counted from the day the e-mail was sent (that day included).</p>
        {fieldError('window')}
      </div>

      <ModelChoice
        name={`${id}-model`}
        value={values.model}
        error={errors.model}
        errorId={`${id}-model-error`}
        firstRef={(el) => { refs.current.model = el; }}
        onChange={(m) => change('model', m)}
      />

      <div className="field">
        <label htmlFor={`${id}-date`}><span>{planned ? 'E-mail goes out on' : 'E-mail sent on'}{dateRequired ? '' : ' (optional)'}</span></label>
        <input
          id={`${id}-date`}
          ref={(el) => { refs.current.emailSentDate = el; }}
          type="date"
          min={dates.earliest}
          max={dates.latest}
          value={values.emailSentDate}
          required={dateRequired}
          aria-invalid={errors.emailSentDate ? true : undefined}
          aria-describedby={describedBy('emailSentDate', true)}
          onChange={(e) => change('emailSentDate', e.target.value)}
        />
        <p id={`${id}-emailSentDate-hint`} className="bh-hint muted">{dateHint}</p>
        {fieldError('emailSentDate')}
      </div>

      {otherError && (
        <p className="form-error" role="alert">
          {outcomeUnknown(saveError)
            ? `Not confirmed: ${describeUnsureWrite(saveError)} The settings may have been saved; the page shows what the server holds now. Your changes are kept, and saving them again is safe.`
            : `Not saved: ${otherError} Your changes are kept.`}
        </p>
      )}
      <div className="row">
        <SubmitButton busy={saving}>{saving ? 'Saving…' : submitLabel}</SubmitButton>
        {dirty && !saving && (
          <button type="button" className="button button--ghost" onClick={() => { setValues(initial); setClientErrors({}); setSubmitted(false); }}>
            Undo changes
          </button>
        )}
      </div>
      <p className="settings-form__saved" role="status">{savedMessage && editedSinceSave.size === 0 && !saving ? savedMessage : ''}</p>
    </form>
  );
}
