import { z } from 'zod/mini';
import { nullableNumber, nullableString, openEnum, orDefault, orNull } from './tolerant';

/** Known values of the event's status fields (contract §4.1); the sets stay open. */
export const EVENT_STATUSES = ['active', 'archived', 'cancelled'] as const;
export const FRONTEND_STATUSES = ['DEFAULT', 'FLAGGED', 'HIDDEN', 'CANCELLED'] as const;
export const CAMPAIGN_STATUSES = ['RUNNING', 'OPEN', 'CLOSED', 'IGNORED'] as const;
export const CLIENT_CAMPAIGN_STATUSES = ['RUNNING', 'PAUSED'] as const;
export const OPTIMISATION_STATUSES = ['ON', 'OFF'] as const;
export const BENCHMARK_STATES = ['above', 'below'] as const;

/** `{ value, benchmark }`: shares of capacity (may arrive as percents, see lib/benchmark). */
export const benchmarkPredictionSchema = z.object({
  value: nullableNumber(),
  benchmark: nullableNumber(),
});
export type BenchmarkPrediction = z.infer<typeof benchmarkPredictionSchema>;

/**
 * The event's embedded benchmark (§4.1). `now`, the share sold to date, is GET /events/{eid}/benchmark's
 * (which extends this schema); an event may carry it too [ours], and where it does not, it stays missing.
 */
export const eventBenchmarkSchema = z.object({
  prediction: orNull(benchmarkPredictionSchema),
  state: orNull(openEnum(BENCHMARK_STATES)),
  now: z.optional(z.nullable(z.number())),
});
export type EventBenchmark = z.infer<typeof eventBenchmarkSchema>;

/** The event (§4.1). Extra fields are dropped; everything but id/title/start may be missing. */
export const eventSchema = z.object({
  id: z.string(),
  title: z.string(),
  start_date_time: z.string(),
  city: nullableString(),
  venue_name: nullableString(),
  hall_name: nullableString(),
  capacity: nullableNumber(),
  category: nullableString(),
  /** May be absent [kit]: fall back to the partner's currency. */
  currency: nullableString(),
  special_ad_category: nullableString(),
  status: orNull(openEnum(EVENT_STATUSES)),
  frontend_status: orDefault(openEnum(FRONTEND_STATUSES), () => 'DEFAULT'),
  campaign_status: orNull(openEnum(CAMPAIGN_STATUSES)),
  client_campaign_status: orNull(openEnum(CLIENT_CAMPAIGN_STATUSES)),
  campaign_optimisation_status: orNull(openEnum(OPTIMISATION_STATUSES)),
  ad_campaign_optimisation_status: orNull(openEnum(OPTIMISATION_STATUSES)),
  campaign_stop_time: nullableString(),
  has_active_campaigns: orDefault(z.boolean(), () => false),
  campaign_event_series: orDefault(z.array(z.string()), () => []),
  /** Null for events without a prediction [ours]. */
  benchmark: orNull(eventBenchmarkSchema),
});
export type Event = z.infer<typeof eventSchema>;
export type FrontendStatus = Event['frontend_status'];

/**
 * The pagination envelope (§2). `nextPage`/`prevPage` may appear and are dropped; a server that
 * leaves out `limit`/`page`/`pages` (e.g. `/events/{eid}/campaigns`) still parses.
 */
export function envelopeSchema<S extends z.ZodMiniType>(item: S) {
  return z.object({
    total: z.number(),
    limit: nullableNumber(),
    page: orDefault(z.number(), () => 1),
    pages: orDefault(z.number(), () => 1),
    items: z.array(item),
  });
}
export type Envelope<S extends z.ZodMiniType> = z.infer<ReturnType<typeof envelopeSchema<S>>>;
