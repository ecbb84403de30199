import type { Event } from '@/lib/schemas/event';
import type { EventEdit, EventType } from '../api/schemas';
import { fromZonedInput, toZonedInput } from './zoned-time';

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

const orNull = (s: string) => s.trim() || null;

/** Validates the form; on success the PUT body (all editable fields) and the query target. */
export function validateEdit(
  values: EditFormValues,
  timeZone: string,
): { ok: true; fields: EventEdit; target: { eventType: EventType; partnerProduct: string } } | { ok: false; errors: EditErrors } {
  const errors: EditErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Enter a title.';
  else if (title.length > MAX_TITLE) errors.title = `Keep the title under ${MAX_TITLE} characters.`;
  const start = values.start ? fromZonedInput(values.start, timeZone) : null;
  if (!start) errors.start = 'Enter the date and time the event starts.';
  let capacity: number | null = null;
  if (values.capacity.trim()) {
    const n = Number(values.capacity.trim());
    if (!Number.isInteger(n) || n < 0) errors.capacity = 'Capacity must be a whole number of 0 or more.';
    else if (n > MAX_CAPACITY) errors.capacity = `Capacity must be at most ${MAX_CAPACITY.toLocaleString('en')}.`;
    else capacity = n;
  }
  const partnerProduct = values.partner_product.trim();
  if (!partnerProduct) errors.partner_product = 'Enter your partner product.';
  if (Object.keys(errors).length > 0 || !start) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      title,
      start_date_time: start,
      city: orNull(values.city),
      venue_name: orNull(values.venue_name),
      hall_name: orNull(values.hall_name),
      capacity,
      category: orNull(values.category),
      special_ad_category: orNull(values.special_ad_category),
    },
    target: { eventType: values.event_type, partnerProduct },
  };
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
