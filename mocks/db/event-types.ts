/** Plain TS types of the mock's event data (the app's zod schemas check them in schemas.test.ts). */
export const CATEGORIES = ['concert', 'sports', 'fair', 'theatre', 'comedy', 'product_release'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface BenchmarkPrediction { value: number | null; benchmark: number | null }
/** `now` (the share of capacity sold to date) is added when the event is answered, never stored [ours]. */
export interface EventBenchmark { prediction: BenchmarkPrediction | null; state: string | null; now?: number | null }

/** The event as the API returns it (contract §4.1). */
export interface EventRow {
  id: string;
  title: string;
  start_date_time: string;
  city: string | null;
  venue_name: string | null;
  hall_name: string | null;
  capacity: number | null;
  category: string | null;
  /** Absent on a few events on purpose [kit]: clients fall back to the partner's currency. */
  currency?: string;
  special_ad_category: string | null;
  status: string;
  frontend_status: string;
  campaign_status: string;
  client_campaign_status: string | null;
  campaign_optimisation_status: string;
  ad_campaign_optimisation_status: string;
  campaign_stop_time: string | null;
  has_active_campaigns: boolean;
  campaign_event_series: string[];
  benchmark: EventBenchmark | null;
  /** Set by CR `PUT /events/last_updated_on_fe/{eid}` (extra field, [ours]). */
  last_updated_on_fe: string | null;
}

/** What the generator knows about an event beyond its row (never serialized). */
export interface EventMeta {
  seed: number;
  category: Category;
  /** start_date_time in ms (kept in sync with the row, for sorting and filters). */
  startMs: number;
  /** Day numbers (see dates.ts). */
  onSaleDay: number;
  eventDay: number;
  /** Capacity at generation: the ticket plan is built from it, edits don't rewrite history. */
  capacity0: number;
  /** Share of capacity the event ends with (ground truth behind the sales). */
  finalShare: number;
  /** Fractions 0–1, null without a prediction. */
  predicted: number | null;
  benchmarkShare: number | null;
  /** Campaign launch days: the sales curve jumps there. */
  launchDays: number[];
  /** Taste clusters of the event (keys from cluster-catalog.ts), and its clustering run. */
  clusterKeys: string[];
  tcRunId: number;
  /** Venue/hall id for the `vh` filter (recomputed on edits). */
  vhId: string;
  /** Lower-cased search text for `q` (cleared by edits). */
  search?: string;
}

export interface EventRecord { row: EventRow; meta: EventMeta }

export const CAMPAIGN_STATES = ['RUNNING', 'PAUSED', 'COMPLETED', 'IGNORED'] as const;

/** A campaign (contract §4.2 `/events/{eid}/campaigns`). */
export interface CampaignRow {
  id: string;
  eid: string;
  tc: string;
  tc_run_id: number;
  status: string;
  budget: number;
  spent: number;
  start_date: string;
  end_date: string;
  creative: { headline: string; body: string };
}
