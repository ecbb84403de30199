// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventSchema } from '@/lib/schemas/event';
import { conflictNote, hasUnsavedChanges, initialEditValues, NO_DRAFT, rebaseEdit, serverFieldErrors, startWarning, typedFieldsOnly, typeInto, validateEdit } from './edit-form';

const tz = 'Europe/Berlin';
const event = eventSchema.parse({
  id: 'e', title: 'Concert', start_date_time: '2026-06-12T18:30:00Z', city: 'München', venue_name: 'Olympiahalle', hall_name: null, capacity: 12000, category: 'concert',
});
const values = initialEditValues(event, tz, { event_type: 'fdlive', partner_product: 'lookout' });

describe('edit form', () => {
  it('starts from the event (time in the partner zone, nulls as empty)', () => {
    expect(values).toMatchObject({ title: 'Concert', start: '2026-06-12T20:30', hall_name: '', capacity: '12000', special_ad_category: '' });
  });

  it('knows when any field differs from where the form started', () => {
    expect(hasUnsavedChanges({ ...values }, values)).toBe(false);
    expect(hasUnsavedChanges({ ...values, capacity: '12001' }, values)).toBe(true);
    expect(hasUnsavedChanges({ ...values, partner_product: 'wave' }, values)).toBe(true);
  });

  it('an unchanged form sends an empty patch with the target', () => {
    expect(validateEdit(values, event, tz)).toEqual({ ok: true, fields: {}, target: { eventType: 'fdlive', partnerProduct: 'lookout' } });
  });

  it('sends only what changed, trimmed, the start in UTC', () => {
    const r = validateEdit({ ...values, title: '  New  ', start: '2026-06-12T21:00', hall_name: ' Hall B ', capacity: '500', special_ad_category: 'HOUSING' }, event, tz);
    expect(r).toEqual({
      ok: true,
      fields: { title: 'New', start_date_time: '2026-06-12T19:00:00Z', hall_name: 'Hall B', capacity: 500, special_ad_category: 'HOUSING' },
      target: { eventType: 'fdlive', partnerProduct: 'lookout' },
    });
  });

  it('a start moved into the past gets a warning, not an error; an unchanged past start none', () => {
    const now = new Date('2026-06-01T10:00:00Z');
    expect(startWarning(values, event, tz, now)).toBeNull();
    const past = { ...values, start: '2025-06-12T20:30' };
    expect(startWarning(past, event, tz, now)).toMatch(/^This start is in the past\./);
    expect(validateEdit(past, event, tz).ok).toBe(true);
    // the event is already over: keeping its start says nothing, moving it within the past warns
    const later = new Date('2026-07-01T10:00:00Z');
    expect(startWarning(values, event, tz, later)).toBeNull();
    expect(startWarning({ ...values, start: '2026-06-12T21:00' }, event, tz, later)).not.toBeNull();
    expect(startWarning({ ...values, start: '2026-07-02T21:00' }, event, tz, later)).toBeNull();
    expect(startWarning({ ...values, start: '' }, event, tz, now)).toBeNull();
  });

  it('says what is wrong, per field', () => {
    const r = validateEdit({ ...values, title: ' ', start: '', capacity: '-3', city: ' ', partner_product: '' }, event, tz);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['capacity', 'city', 'partner_product', 'start', 'title']);
    for (const bad of ['0', '1.5', 'many', '99999999999', '']) expect(validateEdit({ ...values, capacity: bad }, event, tz).ok).toBe(false);
    // capacity is read like every typed number, with a message that says what to fix
    for (const typed of ['7,100', '7 100', '7.100']) {
      const r = validateEdit({ ...values, capacity: typed }, event, tz);
      expect(r.ok && r.fields.capacity).toBe(7100);
    }
    const decimals = validateEdit({ ...values, capacity: '12.5' }, event, tz);
    expect(!decimals.ok && decimals.errors.capacity).toBe('Capacity is a number of seats: no decimals.');
    const words = validateEdit({ ...values, capacity: 'many' }, event, tz);
    expect(!words.ok && words.errors.capacity).toBe('Enter the capacity as digits, e.g. 7100.');
    // an empty capacity is fine when the event never had one
    expect(validateEdit({ ...values, capacity: '' }, { ...event, capacity: null }, tz).ok).toBe(true);
  });

  it('maps server validation errors to fields', () => {
    expect(serverFieldErrors([{ field: 'partner_product', code: 'mismatch' }, { field: 'start_date_time', message: 'In the past' }, { code: 'x' }])).toEqual({
      errors: { partner_product: 'Not accepted (mismatch).', start: 'In the past' },
      unmatched: 1,
    });
  });
});

describe('typing over an event that changes meanwhile', () => {
  const latest = { ...values, city: 'Leipzig', capacity: '9000', category: 'sports' };

  it('fields left alone follow the event; typed fields keep the typing', () => {
    const draft = typeInto(NO_DRAFT, { title: 'Renamed' }, values);
    expect(rebaseEdit(draft, latest)).toEqual({ values: { ...latest, title: 'Renamed' }, conflicts: [] });
  });

  it('a field someone else changed after the typing began is a conflict, unless both typed the same', () => {
    const draft = typeInto(typeInto(NO_DRAFT, { capacity: '5000' }, values), { category: 'sports' }, values);
    expect(rebaseEdit(draft, latest).conflicts).toEqual(['capacity']);
  });

  it('a field already changed when the typing began is measured from what it showed then', () => {
    // the form showed Leipzig; the user typed the old city back on purpose: kept, and no conflict
    const draft = typeInto(NO_DRAFT, { city: 'München' }, latest);
    expect(rebaseEdit(draft, latest)).toEqual({ values: { ...latest, city: 'München' }, conflicts: [] });
    // later keystrokes in the same field keep the first "from"
    expect(typeInto(draft, { city: 'Münch' }, { ...latest, city: 'München' }).from).toEqual({ city: 'Leipzig' });
  });

  it('a field typed back to what it showed is left alone again: it follows the event and is not sent', () => {
    const back = typeInto(typeInto(NO_DRAFT, { capacity: '5000' }, values), { capacity: values.capacity }, values);
    expect(back).toEqual(NO_DRAFT);
    expect(rebaseEdit(back, latest)).toEqual({ values: latest, conflicts: [] });
  });

  it('only typed fields are sent, even where the form would normalise an untouched one', () => {
    const draft = typeInto(NO_DRAFT, { title: 'Renamed' }, values);
    expect(typedFieldsOnly({ title: 'Renamed', city: 'München', start_date_time: '2026-06-12T18:30:00Z' }, draft)).toEqual({ title: 'Renamed' });
    const moved = typeInto(NO_DRAFT, { start: '2026-06-12T21:00' }, values);
    expect(typedFieldsOnly({ start_date_time: '2026-06-12T19:00:00Z', capacity: 1 }, moved)).toEqual({ start_date_time: '2026-06-12T19:00:00Z' });
  });

  it('says what the other change was, in words', () => {
    expect(conflictNote('category', latest, tz)).toBe('Changed meanwhile by someone else to “Sports”. Saving replaces it with yours.');
    expect(conflictNote('hall_name', latest, tz)).toBe('Emptied meanwhile by someone else. Saving replaces it with yours.');
    expect(conflictNote('start', latest, tz)).toMatch(/to “Fri, 12 Jun 2026, 20:30”/);
  });
});
