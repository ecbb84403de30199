import { describe, expect, it } from 'vitest';
import { attributionModelSchema, clustersSchema, eventEditSchema, salesGraphSchema, ticketsSchema } from './schemas';

describe('event-detail schemas tolerate the open parts of the contract', () => {
  it('sales graph: prediction fields may be absent, current null', () => {
    const parsed = salesGraphSchema.parse({ sales: [{ mapped_date: '2026-05-01', norm_tickets_sold_current: null, norm_tickets_sold_avg: 0.28 }] });
    expect(parsed.sales[0]).toEqual({
      mapped_date: '2026-05-01',
      norm_tickets_sold_current: null,
      norm_tickets_sold_avg: 0.28,
      norm_tickets_sold_pred: null,
      norm_tickets_sold_pred_low: null,
      norm_tickets_sold_pred_high: null,
    });
  });

  it('tickets: unknown type parses', () => {
    const [t] = ticketsSchema.parse([{ id: 'tc_1', name: 'Box', type: 'hospitality', price: 99 }]);
    expect(t).toMatchObject({ type: 'hospitality', sold: null, revenue: null });
  });

  it('clusters: tc_run_id as number or string', () => {
    expect(clustersSchema.parse({ tc_run_id: 42, clusters: [{ tc: 'x' }] }).tc_run_id).toBe(42);
    expect(clustersSchema.parse({ tc_run_id: '42' }).clusters).toEqual([]);
  });

  it('attribution model: unknown model parses', () => {
    expect(attributionModelSchema.parse({ model: 'GA4' }).model).toBe('GA4');
  });

  it('edit form schema validates', () => {
    const ok = { title: ' A ', start_date_time: '2026-06-12T18:30:00Z', city: null, venue_name: null, hall_name: null, capacity: 10, category: null, special_ad_category: null };
    expect(eventEditSchema.parse(ok).title).toBe('A');
    expect(eventEditSchema.safeParse({ ...ok, title: '  ' }).success).toBe(false);
    expect(eventEditSchema.safeParse({ ...ok, capacity: -1 }).success).toBe(false);
    expect(eventEditSchema.safeParse({ ...ok, capacity: 1.5 }).success).toBe(false);
  });
});
