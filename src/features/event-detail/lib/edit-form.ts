import { parseCount } from '@/lib/amount';
import type { Event } from '@/lib/schemas/event';
import type { EventEdit, EventType } from '../api/schemas';
import { fromZonedInput, toZonedInput } from '@/lib/zoned-time';
import { formatDateTime, formatNumber } from '@/lib/format';
import { categoryLabel } from '@/lib/humanize';

/** What the edit dialog holds: strings as typed, so nothing is lost on a failed save. */
export interface EditFormValues {
  title: string;
  /** datetime-local in the partner's time zone */
  start: string;
  city: string;
  venue_name: string;
  hall_name: string;
  capacity: string;
  category: string;
  special_ad_category: string;
  event_type: EventType;
  partner_product: string;
}

export type EditField = keyof EditFormValues;
export type EditErrors = Partial<Record<EditField, string>>;

/** Meta's special ad categories (empty = none). */
export const SPECIAL_AD_CATEGORIES = ['', 'HOUSING', 'EMPLOYMENT', 'CREDIT', 'FINANCIAL_PRODUCTS_SERVICES', 'ISSUES_ELECTIONS_POLITICS'] as const;
export const SPECIAL_AD_LABELS: Record<string, string> = {
  '': 'None', HOUSING: 'Housing', EMPLOYMENT: 'Employment', CREDIT: 'Credit',
  FINANCIAL_PRODUCTS_SERVICES: 'Financial products and services', ISSUES_ELECTIONS_POLITICS: 'Social issues, elections or politics',
};

export const MAX_TITLE = 200;
export const MAX_CAPACITY = 10_000_000;


export function initialEditValues(event: Event, timeZone: string, defaults: Pick<EditFormValues, 'event_type' | 'partner_product'>): EditFormValues {
  return {
    title: event.title,
    start: toZonedInput(event.start_date_time, timeZone),
    city: event.city ?? '',
    venue_name: event.venue_name ?? '',
    hall_name: event.hall_name ?? '',
    capacity: event.capacity === null ? '' : String(event.capacity),
    category: event.category ?? '',
    special_ad_category: event.special_ad_category ?? '',
    ...defaults,
  };
}

/** Whether anything differs from what the form started with (then closing it asks first). */
export const hasUnsavedChanges = (values: EditFormValues, initial: EditFormValues): boolean =>
  (Object.keys(initial) as EditField[]).some((k) => values[k] !== initial[k]);

/**
 * The fields the user typed in, and what each showed when they first did: kept apart from the
 * event so that the fields left alone follow it.
 */
export interface EditDraft {
  typed: Partial<EditFormValues>;
  from: Partial<EditFormValues>;
}

export const NO_DRAFT: EditDraft = { typed: {}, from: {} };

/** The draft after a change to some fields of the form that showed `shown`. */
export function typeInto(draft: EditDraft, patch: Partial<EditFormValues>, shown: EditFormValues): EditDraft {
  const typed = { ...draft.typed, ...patch };
  const from = { ...draft.from };
  for (const k of Object.keys(patch) as EditField[]) {
    if (!(k in from)) Object.assign(from, { [k]: shown[k] });
    // typed back to what it showed: left alone again, so it follows the event (and is not sent)
    if (typed[k] === from[k]) { delete typed[k]; delete from[k]; }
  }
  return { typed, from };
}

const FIELD_OF: Partial<Record<EditField, keyof EventEdit>> = { start: 'start_date_time' };

/** Of a validated save, only the fields the user typed in: a field left alone is never sent back. */
export function typedFieldsOnly(fields: Partial<EventEdit>, draft: EditDraft): Partial<EventEdit> {
  const typed = new Set((Object.keys(draft.typed) as EditField[]).map((k) => FIELD_OF[k] ?? k));
  return Object.fromEntries(Object.entries(fields).filter(([k]) => typed.has(k as keyof EventEdit))) as Partial<EventEdit>;
}

/**
 * What was typed, laid over the event as it is now. A field left alone follows the server, so
 * someone else's change to it is neither hidden nor sent back; a field the user typed in keeps
 * their value. `conflicts` are the fields someone else changed, to another value, after the user
 * had started typing in them.
 */
export function rebaseEdit(draft: EditDraft, latest: EditFormValues): { values: EditFormValues; conflicts: EditField[] } {
  const values = { ...latest, ...draft.typed };
  const conflicts = (Object.keys(draft.typed) as EditField[]).filter((k) => latest[k] !== draft.from[k] && latest[k] !== values[k]);
  return { values, conflicts };
}

/** Beside a field both changed: what the other change was, and that saving keeps the typed value. */
export function conflictNote(field: EditField, latest: EditFormValues, timeZone: string): string {
  const v = latest[field];
  const shown = field === 'start' ? formatDateTime(fromZonedInput(v, timeZone), timeZone)
    : field === 'capacity' && v !== '' && Number.isFinite(Number(v)) ? formatNumber(Number(v))
    : field === 'category' ? (v ? categoryLabel(v) : 'not set')
      : field === 'special_ad_category' ? (SPECIAL_AD_LABELS[v] ?? v)
        : v;
  return `${shown ? `Changed meanwhile by someone else to “${shown}”` : 'Emptied meanwhile by someone else'}. Saving replaces it with yours.`;
}

/** The product these pages belong to; CR edits must name the partner's product (else 422). */
export const DEFAULT_PARTNER_PRODUCT = 'lookout';

const TEXT_FIELDS = ['city', 'venue_name', 'hall_name', 'category'] as const;
const TEXT_LABELS: Record<(typeof TEXT_FIELDS)[number], string> = { city: 'a city', venue_name: 'a venue', hall_name: 'a hall', category: 'a category' };

/**
 * Validates the form against the event it edits; on success the PUT body holds only what
 * changed (so a concurrent edit of another field is not overwritten) plus the query target.
 * The API cannot clear a text field or the capacity, so emptying one that had a value is an
 * error here rather than a silent no-op.
 */
export function validateEdit(
  values: EditFormValues,
  event: Event,
  timeZone: string,
): { ok: true; fields: Partial<EventEdit>; target: { eventType: EventType; partnerProduct: string } } | { ok: false; errors: EditErrors } {
  const errors: EditErrors = {};
  const fields: Partial<EventEdit> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Enter a title.';
  else if (title.length > MAX_TITLE) errors.title = `Keep the title under ${MAX_TITLE} characters.`;
  else if (title !== event.title) fields.title = title;

  const start = values.start ? fromZonedInput(values.start, timeZone) : null;
  if (!start) errors.start = 'Enter the date and time the event starts.';
  else if (Date.parse(start) !== Date.parse(event.start_date_time)) fields.start_date_time = start;

  for (const f of TEXT_FIELDS) {
    const v = values[f].trim();
    if (v === (event[f] ?? '')) continue;
    if (!v) errors[f] = `Enter ${TEXT_LABELS[f]}; it cannot be removed once set.`;
    else fields[f] = v;
  }

  const rawCapacity = values.capacity.trim();
  if (rawCapacity) {
    // read like every typed number ("7,100" and "7 100" are 7100, as the page shows it)
    const n = parseCount(rawCapacity);
    if (Number.isNaN(n)) errors.capacity = 'Enter the capacity as digits, e.g. 7100.';
    else if (!Number.isInteger(n)) errors.capacity = 'Capacity is a number of seats: no decimals.';
    else if (n < 1) errors.capacity = 'Capacity must be a whole number of at least 1.';
    else if (n > MAX_CAPACITY) errors.capacity = `Capacity must be at most ${MAX_CAPACITY.toLocaleString('en')}.`;
    else if (n !== event.capacity) fields.capacity = n;
  } else if (event.capacity !== null) {
    errors.capacity = 'Enter the capacity; it cannot be removed once set.';
  }

  const special = values.special_ad_category.trim() || null;
  if (special !== (event.special_ad_category ?? null)) fields.special_ad_category = special;

  const partnerProduct = values.partner_product.trim();
  if (!partnerProduct) errors.partner_product = 'Enter your partner product.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, fields, target: { eventType: values.event_type, partnerProduct } };
}

/**
 * A start moved into the past is allowed (a past event's time gets corrected) but is more often
 * a slip of the date picker: the form says so beside the field without blocking the save.
 */
export function startWarning(values: EditFormValues, event: Event, timeZone: string, now: Date = new Date()): string | null {
  const start = values.start ? fromZonedInput(values.start, timeZone) : null;
  if (!start || Date.parse(start) === Date.parse(event.start_date_time) || Date.parse(start) >= now.getTime()) return null;
  return 'This start is in the past. Check the date, or save if you are correcting a past event.';
}

const SERVER_FIELDS: Record<string, EditField> = {
  title: 'title',
  start_date_time: 'start',
  city: 'city',
  venue_name: 'venue_name',
  hall_name: 'hall_name',
  capacity: 'capacity',
  category: 'category',
  special_ad_category: 'special_ad_category',
  event_type: 'event_type',
  partner_product: 'partner_product',
};

/** Server validation errors (400/422) on the fields they name; the rest stay form-level. */
export function serverFieldErrors(
  validationErrors: readonly { field?: string | null | undefined; code?: string | undefined; message?: string | undefined }[],
): { errors: EditErrors; unmatched: number } {
  const errors: EditErrors = {};
  let unmatched = 0;
  for (const v of validationErrors) {
    const field = v.field ? SERVER_FIELDS[v.field] : undefined;
    if (!field) { unmatched++; continue; }
    errors[field] ??= v.message ?? `Not accepted (${v.code ?? 'invalid'}).`;
  }
  return { errors, unmatched };
}
