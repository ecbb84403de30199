import { z } from 'zod/mini';
import { ApiError } from '@/lib/api-errors';
import { isKnown } from '@/lib/schemas/tolerant';
import {
  ATTRIBUTION_WINDOW_DAYS, BACKHAUL_MODELS, backhaulSettingsInputSchema,
  type BackhaulModel, type BackhaulSettings, type BackhaulSettingsInput, type PartnerBackhaulDefaultsInput,
} from '../api/schemas';

export const { min: WINDOW_MIN, max: WINDOW_MAX } = ATTRIBUTION_WINDOW_DAYS;

/** What the form holds: exactly what the person typed, as strings. */
export interface SettingsFormValues {
  window: string;
  model: BackhaulModel | '';
  emailSentDate: string;
}
export type SettingsField = keyof SettingsFormValues;
export type FieldErrors = Partial<Record<SettingsField, string>>;

export const MESSAGES = {
  windowRequired: 'Enter the attribution window in days.',
  windowWhole: 'Enter whole days, e.g. 14.',
  windowRange: `Enter a window between ${WINDOW_MIN} and ${WINDOW_MAX} days.`,
  modelRequired: 'Choose an attribution model.',
  dateRequired: 'Enter the date the e-mail was sent.',
  dateInvalid: 'Enter a real date (day, month, year).',
} as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
export function isCalendarDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function formSchema(dateRequired: boolean) {
  return z.object({
    window: z.string().check(z.superRefine((raw, ctx) => {
      const s = raw.trim();
      const message = s === '' ? MESSAGES.windowRequired
        : !/^\d+$/.test(s) ? MESSAGES.windowWhole
          : Number(s) < WINDOW_MIN || Number(s) > WINDOW_MAX ? MESSAGES.windowRange : null;
      if (message) ctx.addIssue({ code: 'custom', message, input: raw });
    })),
    model: z.string().check(z.refine((m) => isKnown(BACKHAUL_MODELS, m), MESSAGES.modelRequired)),
    emailSentDate: z.string().check(z.superRefine((raw, ctx) => {
      const s = raw.trim();
      if (s === '' && dateRequired) ctx.addIssue({ code: 'custom', message: MESSAGES.dateRequired, input: raw });
      else if (s !== '' && !isCalendarDay(s)) ctx.addIssue({ code: 'custom', message: MESSAGES.dateInvalid, input: raw });
    })),
  });
}

export type SettingsValidation =
  | { ok: true; value: PartnerBackhaulDefaultsInput }
  | { ok: false; errors: FieldErrors };

/**
 * Validates what was typed and builds the request body. `dateRequired` is true for a package
 * (the PUT needs the date) and false for partner defaults (an empty date is left out).
 */
export function validateSettingsForm(values: SettingsFormValues, { dateRequired }: { dateRequired: boolean }): SettingsValidation {
  const parsed = formSchema(dateRequired).safeParse(values);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as SettingsField;
      errors[key] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const date = values.emailSentDate.trim();
  const value: PartnerBackhaulDefaultsInput = {
    backhaul_evaluation_attribution_window: Number(values.window.trim()),
    backhaul_evaluation_model: values.model as BackhaulModel,
  };
  if (date) value.email_sent_date = date;
  return { ok: true, value };
}

/** The form's starting values from stored settings (unknown models leave the choice empty). */
export function formValuesFrom(settings: BackhaulSettings | undefined): SettingsFormValues {
  const window = settings?.backhaul_evaluation_attribution_window;
  const model = settings?.backhaul_evaluation_model;
  return {
    window: typeof window === 'number' ? String(window) : '',
    model: isKnown(BACKHAUL_MODELS, model) ? model : '',
    emailSentDate: settings?.email_sent_date ?? '',
  };
}

const API_FIELDS: Readonly<Record<string, SettingsField>> = {
  backhaul_evaluation_attribution_window: 'window',
  backhaul_evaluation_model: 'model',
  email_sent_date: 'emailSentDate',
};

const SERVER_MESSAGES: Readonly<Record<SettingsField, Readonly<Record<string, string>>>> = {
  window: { required: MESSAGES.windowRequired, not_an_integer: MESSAGES.windowWhole, out_of_range: MESSAGES.windowRange },
  model: { required: MESSAGES.modelRequired, invalid_choice: MESSAGES.modelRequired },
  emailSentDate: { required: MESSAGES.dateRequired, invalid_date: MESSAGES.dateInvalid },
};

/**
 * A failed save's `validation_errors`, placed next to the matching fields. Errors for fields the
 * form does not have are returned as `other` sentences so nothing the server said is hidden.
 */
export function serverFieldErrors(error: unknown): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  if (!(error instanceof ApiError)) return { fields, other };
  for (const v of error.validationErrors) {
    const key = v.field ? API_FIELDS[v.field] : undefined;
    const known = key && v.code ? SERVER_MESSAGES[key][v.code] : undefined;
    const text = known ?? (v.message ? `Not accepted: ${v.message}` : `Not accepted (${v.code ?? 'invalid'}).`);
    if (key) fields[key] ??= text;
    else other.push(v.field ? `${v.field}: ${text}` : text);
  }
  return { fields, other };
}

/** Settings complete enough for the package PUT (all three values valid), else null. */
export function asPackageSettingsInput(settings: BackhaulSettings | PartnerBackhaulDefaultsInput | undefined): BackhaulSettingsInput | null {
  const parsed = backhaulSettingsInputSchema.safeParse(settings);
  return parsed.success ? parsed.data : null;
}
