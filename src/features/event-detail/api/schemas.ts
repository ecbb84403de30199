import { z } from 'zod/mini';
import { envelopeSchema, eventBenchmarkSchema, eventSchema } from '@/lib/schemas/event';
import { campaignResultSchema } from '@/lib/schemas/campaign-result';
import { answerObject, nullableNumber, nullableString, openEnum, orDefault, orNull } from '@/lib/schemas/tolerant';

/** GET /events/{eid}/statistics: KPIs; `campaigns`/`active` are counts. Money in `currency`. */
export const eventKpisSchema = answerObject(z.object({
  revenue: nullableNumber(),
  purchases: nullableNumber(),
  spent: nullableNumber(),
  roas: nullableNumber(),
  currency: nullableString(),
  campaigns: nullableNumber(),
  active: nullableNumber(),
}));
export type EventKpis = z.infer<typeof eventKpisSchema>;

/** GET /events/{eid}/benchmark: shares of capacity, possibly percents (normalizeEventBenchmark); `now` null when missing. */
export const benchmarkSchema = answerObject(z.extend(eventBenchmarkSchema, { now: nullableNumber() }));
export type Benchmark = z.infer<typeof benchmarkSchema>;

/** One day of GET /events/{eid}/sales-graph: cumulative shares of capacity. */
export const salesGraphPointSchema = z.object({
  mapped_date: z.string(),
  /** null after today */
  norm_tickets_sold_current: nullableNumber(),
  /** the benchmark curve */
  norm_tickets_sold_avg: nullableNumber(),
  norm_tickets_sold_pred: nullableNumber(),
  norm_tickets_sold_pred_low: nullableNumber(),
  norm_tickets_sold_pred_high: nullableNumber(),
});
export type SalesGraphPoint = z.infer<typeof salesGraphPointSchema>;
export const salesGraphSchema = answerObject(z.object({ sales: orDefault(z.array(salesGraphPointSchema), () => []) }));
export type SalesGraph = z.infer<typeof salesGraphSchema>;

/** GET /daily_revenue_summary/: days without sales may be missing. */
export const dailyRevenueDaySchema = z.object({
  date: z.string(),
  revenue: nullableNumber(),
  tickets: nullableNumber(),
});
export type DailyRevenueDay = z.infer<typeof dailyRevenueDaySchema>;
export const dailyRevenueSchema = answerObject(z.object({
  currency: nullableString(),
  days: orDefault(z.array(dailyRevenueDaySchema), () => []),
  manual_adjustments: orDefault(z.array(campaignResultSchema), () => []),
}));
export type DailyRevenue = z.infer<typeof dailyRevenueSchema>;

/** GET /events/{eid}/tickets: the shared ticket-category schema (the cache entry is shared with other features). */
export { ticketCategoriesSchema as ticketsSchema, type TicketCategory as Ticket } from '@/lib/schemas/ticket-category';

/** Series and series candidates are envelopes of events. */
export const eventEnvelopeSchema = envelopeSchema(eventSchema);
export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;

/** A target cluster of GET /events/{eid}/clusters; `metric_pred` on a 0–5 scale. */
export const clusterSchema = z.object({
  tc: z.string(),
  label: nullableString(),
  metric_pred: nullableNumber(),
  reach_estimate: nullableNumber(),
  size_share: nullableNumber(),
});
export type Cluster = z.infer<typeof clusterSchema>;
export const clustersSchema = answerObject(z.object({
  /** A number here, a string in suggested_tcs: accept both. */
  tc_run_id: orNull(z.union([z.number(), z.string()])),
  clusters: orDefault(z.array(clusterSchema), () => []),
}));
export type Clusters = z.infer<typeof clustersSchema>;

export const ATTRIBUTION_MODELS = ['FD', 'META', 'EXTERNAL'] as const;
export type SettableAttributionModel = (typeof ATTRIBUTION_MODELS)[number];
export const attributionModelSchema = answerObject(z.object({ model: orNull(openEnum(ATTRIBUTION_MODELS)) }));
export type AttributionModel = z.infer<typeof attributionModelSchema>;

/** Fields editable through PUT [cr] /events/{eid} (§4.4); also usable to validate the form. */
export const eventEditSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1)),
  start_date_time: z.string().check(z.minLength(1)),
  city: z.nullable(z.string()),
  venue_name: z.nullable(z.string()),
  hall_name: z.nullable(z.string()),
  capacity: z.nullable(z.int().check(z.minimum(0))),
  category: z.nullable(z.string()),
  special_ad_category: z.nullable(z.string()),
});
export type EventEdit = z.infer<typeof eventEditSchema>;

export const EVENT_TYPES = ['fdlive', 'prisma'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
