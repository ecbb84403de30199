import { z } from 'zod/mini';
import { envelopeSchema, eventSchema } from '@/lib/schemas/event';
import { answerObject, nullableNumber, nullableString } from '@/lib/schemas/tolerant';

/** GET /events/ and /events/flagged/ (§4.2). */
export const eventListSchema = envelopeSchema(eventSchema);
export type EventList = z.infer<typeof eventListSchema>;

/** GET /events/statistics — every field may be null [kit]. Money in `currency`. */
export const eventStatisticsSchema = answerObject(z.object({
  total: nullableNumber(),
  open: nullableNumber(),
  running: nullableNumber(),
  closed: nullableNumber(),
  revenue: nullableNumber(),
  spent: nullableNumber(),
  roas: nullableNumber(),
  purchases: nullableNumber(),
  currency: nullableString(),
}));
export type EventStatistics = z.infer<typeof eventStatisticsSchema>;

/** GET /campaigns/statistics [kit]. */
export const campaignStatisticsSchema = answerObject(z.object({
  total: nullableNumber(),
  running: nullableNumber(),
  open: nullableNumber(),
  closed: nullableNumber(),
  ignored: nullableNumber(),
}));
export type CampaignStatistics = z.infer<typeof campaignStatisticsSchema>;

/** One venue/hall of GET /events/venues; `id` is what the list's `vh` filter takes. */
export const venueSchema = z.object({
  id: z.string(),
  city: nullableString(),
  venue_name: nullableString(),
  hall_name: nullableString(),
});
export type Venue = z.infer<typeof venueSchema>;
export const venuesSchema = z.array(venueSchema);
