import { describe, expect, it } from 'vitest';
import { envelopeSchema, eventSchema } from './event';
import { isKnown } from './tolerant';
import { FRONTEND_STATUSES } from './event';

const full = {
  id: 'evt_abc123',
  title: 'Concert at Olympiahalle',
  start_date_time: '2026-06-12T18:30:00Z',
  city: 'München',
  venue_name: 'Olympiahalle',
  hall_name: 'Main Hall',
  capacity: 12000,
  category: 'concert',
  currency: 'EUR',
  special_ad_category: null,
  status: 'active',
  frontend_status: 'DEFAULT',
  campaign_status: 'RUNNING',
  client_campaign_status: 'RUNNING',
  campaign_optimisation_status: 'ON',
  ad_campaign_optimisation_status: 'ON',
  campaign_stop_time: '2026-06-12T18:30:00Z',
  has_active_campaigns: true,
  campaign_event_series: ['evt_abc124', 'evt_abc125'],
  benchmark: { prediction: { value: 0.78, benchmark: 0.65 }, state: 'above' },
};

describe('eventSchema', () => {
  it('parses the contract example and drops extra fields', () => {
    const parsed = eventSchema.parse({ ...full, predicted_sales_share: 0.4 });
    expect(parsed).toEqual(full);
    expect(parsed).not.toHaveProperty('predicted_sales_share');
  });

  it('accepts unknown enum values', () => {
    const parsed = eventSchema.parse({
      ...full,
      status: 'postponed',
      frontend_status: 'CANCELLED',
      campaign_status: 'SOMETHING_NEW',
      client_campaign_status: 'STOPPING',
      campaign_optimisation_status: 'AUTO',
      ad_campaign_optimisation_status: 'AUTO',
      benchmark: { prediction: { value: 0.5, benchmark: 0.5 }, state: 'on_par' },
    });
    expect(parsed.frontend_status).toBe('CANCELLED');
    expect(parsed.campaign_status).toBe('SOMETHING_NEW');
    expect(parsed.benchmark?.state).toBe('on_par');
    expect(isKnown(FRONTEND_STATUSES, parsed.frontend_status)).toBe(true);
    expect(isKnown(FRONTEND_STATUSES, 'ARCHIVED')).toBe(false);
  });

  it('fills missing optional fields with null / defaults', () => {
    const parsed = eventSchema.parse({ id: 'e1', title: 'T', start_date_time: '2026-01-01T00:00:00Z' });
    expect(parsed).toMatchObject({
      currency: null,
      capacity: null,
      city: null,
      benchmark: null,
      frontend_status: 'DEFAULT',
      campaign_status: null,
      has_active_campaigns: false,
      campaign_event_series: [],
    });
  });

  it('reads null like missing where a default stands in: one such row must not fail the whole list', () => {
    const parsed = eventSchema.parse({ ...full, frontend_status: null, has_active_campaigns: null, campaign_event_series: null });
    expect(parsed).toMatchObject({ frontend_status: 'DEFAULT', has_active_campaigns: false, campaign_event_series: [] });
    expect(envelopeSchema(eventSchema).parse({ total: 0, page: null, pages: null, items: [] })).toMatchObject({ page: 1, pages: 1 });
  });

  it('accepts null numbers, a null benchmark and a benchmark without prediction', () => {
    expect(eventSchema.parse({ ...full, capacity: null, benchmark: null }).benchmark).toBeNull();
    expect(eventSchema.parse({ ...full, benchmark: { state: 'above' } }).benchmark).toEqual({
      prediction: null,
      state: 'above',
    });
  });

  it('rejects an event without an id', () => {
    const { id: _id, ...rest } = full;
    expect(eventSchema.safeParse(rest).success).toBe(false);
  });
});

describe('envelopeSchema', () => {
  const schema = envelopeSchema(eventSchema);

  it('parses the envelope and ignores nextPage/prevPage', () => {
    const parsed = schema.parse({ total: 423, limit: 50, page: 1, pages: 9, nextPage: 2, prevPage: null, items: [full] });
    expect(parsed).toEqual({ total: 423, limit: 50, page: 1, pages: 9, items: [full] });
  });

  it('tolerates an envelope with only total and items', () => {
    expect(schema.parse({ total: 0, items: [] })).toEqual({ total: 0, limit: null, page: 1, pages: 1, items: [] });
  });
});
