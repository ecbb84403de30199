import { z } from 'zod/mini';
import { ApiError } from '@/lib/api-errors';
import { isCalendarDay, type Day } from '@/lib/dates';
import { formatDay } from '@/lib/format';
import { isKnown } from '@/lib/schemas/tolerant';
import {
  ATTRIBUTION_WINDOW_DAYS, BACKHAUL_MODELS, backhaulSettingsInputSchema,
  type BackhaulModel, type BackhaulSettingsInput, type LooseBackhaulSettings, type PartnerBackhaulDefaultsInput,
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
  dateFuture: (today: Day) => `The e-mail cannot have gone out after today (${formatDay(today)}).`,
  datePlannedTooLate: (latest: Day) => `Enter a day up to a year ahead (until ${formatDay(latest)}).`,
  dateTooOld: (earliest: Day) => `Enter a date in the last ${DATE_YEARS_BACK} years (from ${formatDay(earliest)}); is the year right?`,
  /** the package's own e-mail cannot predate the package (the server's `too_early` names no day) */
  dateBeforePackage: (created: Day | null) =>
    `The e-mail cannot have gone out before the package was created${created ? ` (${formatDay(created)})` : ''}.`,
} as const;

/** How far back an e-mail date may go: far enough for any real send, close enough to catch a mistyped year. */
export const DATE_YEARS_BACK = 10;

/** The same day `years` later (or earlier); 29 February becomes 28 February in a common year. */
const yearsFrom = (day: Day, years: number): Day => {
  const d = new Date(`${day}T00:00:00Z`);
  const month = d.getUTCMonth();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  if (d.getUTCMonth() !== month) d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
};

/**
 * The days the e-mail date may take: up to the partner's today, from ten years before it — or,
 * for a package, from the day it was created (its e-mail cannot have gone out earlier). A
 * `planned` e-mail (a package still being built) may also be up to a year ahead.
 */
export function emailDateRange(todayDay: Day, packageCreated: Day | null = null, planned = false): { earliest: Day; latest: Day } {
  const tenYears = yearsFrom(todayDay, -DATE_YEARS_BACK);
  return { earliest: packageCreated && packageCreated > tenYears ? packageCreated : tenYears, latest: planned ? yearsFrom(todayDay, 1) : todayDay };
}

interface DateBounds {
  dateRequired: boolean;
  /** the partner's day: the latest the e-mail can have gone out */
  today: Day;
  /** a package's creation day in the partner's zone: the earliest (null for partner defaults) */
  packageCreated?: Day | null;
  /** the e-mail may not have gone out yet (a package still being built): up to a year ahead */
  planned?: boolean;
}

function formSchema({ dateRequired, today: todayDay, packageCreated = null, planned = false }: DateBounds) {
  const { earliest, latest } = emailDateRange(todayDay, packageCreated, planned);
  return z.object({
    window: z.string().check(z.superRefine((raw, ctx) => {
      const s = raw.trim();
      const message = s === '' ? MESSAGES.windowRequired
        : !/^-?\d+$/.test(s) ? MESSAGES.windowWhole
          : Number(s) < WINDOW_MIN || Number(s) > WINDOW_MAX ? MESSAGES.windowRange : null;
      if (message) ctx.addIssue({ code: 'custom', message, input: raw });
    })),
    model: z.string().check(z.refine((m) => isKnown(BACKHAUL_MODELS, m), MESSAGES.modelRequired)),
    emailSentDate: z.string().check(z.superRefine((raw, ctx) => {
      const s = raw.trim();
      const message = s === '' ? (dateRequired ? MESSAGES.dateRequired : null)
        : !isCalendarDay(s) ? MESSAGES.dateInvalid
          : s > latest ? (planned ? MESSAGES.datePlannedTooLate(latest) : MESSAGES.dateFuture(latest))
            : s < earliest ? (earliest === packageCreated ? MESSAGES.dateBeforePackage(packageCreated) : MESSAGES.dateTooOld(earliest)) : null;
      if (message) ctx.addIssue({ code: 'custom', message, input: raw });
    })),
  });
}

export type SettingsValidation =
  | { ok: true; value: PartnerBackhaulDefaultsInput }
  | { ok: false; errors: FieldErrors };

/**
 * Validates what was typed and builds the request body. `dateRequired` is true for a package
 * (the PUT needs the date) and false for partner defaults (an empty date is left out); the date
 * lies between `packageCreated` (or ten years back) and `today`. `halfTyped`: fields whose browser
 * input holds something it cannot read (a date without its year, letters in the number field);
 * their value reads as empty, which must not pass as "no date".
 */
export function validateSettingsForm(values: SettingsFormValues, bounds: DateBounds, halfTyped: ReadonlySet<SettingsField> = new Set()): SettingsValidation {
  const parsed = formSchema(bounds).safeParse(values);
  const errors: FieldErrors = {};
  if (halfTyped.has('window')) errors.window = MESSAGES.windowWhole;
  if (halfTyped.has('emailSentDate')) errors.emailSentDate = MESSAGES.dateInvalid;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as SettingsField;
      errors[key] ??= issue.message;
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const date = values.emailSentDate.trim();
  const value: PartnerBackhaulDefaultsInput = {
    backhaul_evaluation_attribution_window: Number(values.window.trim()),
    backhaul_evaluation_model: values.model as BackhaulModel,
  };
  if (date) value.email_sent_date = date;
  return { ok: true, value };
}

/** The form's starting values from stored settings (unknown models leave the choice empty). */
export function formValuesFrom(settings: LooseBackhaulSettings | undefined): SettingsFormValues {
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
  emailSentDate: { required: MESSAGES.dateRequired, invalid_date: MESSAGES.dateInvalid, too_early: MESSAGES.dateBeforePackage(null) },
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
export function asPackageSettingsInput(settings: LooseBackhaulSettings | PartnerBackhaulDefaultsInput | undefined): BackhaulSettingsInput | null {
  const parsed = backhaulSettingsInputSchema.safeParse(settings);
  return parsed.success ? parsed.data : null;
}
