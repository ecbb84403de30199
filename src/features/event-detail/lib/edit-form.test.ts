// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventSchema } from '@/lib/schemas/event';
import { initialEditValues, serverFieldErrors, validateEdit } from './edit-form';

const tz = 'Europe/Berlin';
const event = eventSchema.parse({
  id: 'e', title: 'Concert', start_date_time: '2026-06-12T18:30:00Z', city: 'München', venue_name: 'Olympiahalle', hall_name: null, capacity: 12000, category: 'concert',
});
const values = initialEditValues(event, tz, { event_type: 'fdlive', partner_product: 'acme' });

describe('edit form', () => {
  it('starts from the event (time in the partner zone, nulls as empty)', () => {
    expect(values).toMatchObject({ title: 'Concert', start: '2026-06-12T20:30', hall_name: '', capacity: '12000', special_ad_category: '' });
  });

  it('a valid form gives the PUT body and target', () => {
    const r = validateEdit({ ...values, title: '  New  ', city: ' ', capacity: '500' }, tz);
    expect(r).toEqual({
      ok: true,
      fields: {
        title: 'New', start_date_time: '2026-06-12T18:30:00Z', city: null, venue_name: 'Olympiahalle', hall_name: null,
        capacity: 500, category: 'concert', special_ad_category: null,
      },
      target: { eventType: 'fdlive', partnerProduct: 'acme' },
    });
    expect(validateEdit({ ...values, capacity: '' }, tz)).toMatchObject({ ok: true, fields: { capacity: null } });
  });

  it('says what is wrong, per field', () => {
    const r = validateEdit({ ...values, title: ' ', start: '', capacity: '-3', partner_product: '' }, tz);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['capacity', 'partner_product', 'start', 'title']);
    for (const bad of ['1.5', 'many', '99999999999']) expect(validateEdit({ ...values, capacity: bad }, tz).ok).toBe(false);
  });

  it('maps server validation errors to fields', () => {
    expect(serverFieldErrors([{ field: 'partner_product', code: 'mismatch' }, { field: 'start_date_time', message: 'In the past' }, { code: 'x' }])).toEqual({
      errors: { partner_product: 'Not accepted (mismatch).', start: 'In the past' },
      unmatched: 1,
    });
  });
});
