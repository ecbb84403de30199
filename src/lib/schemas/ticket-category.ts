import { z } from 'zod/mini';
import { nullableNumber, openEnum, orNull } from './tolerant';

export const TICKET_TYPES = ['regular', 'vip', 'subscription', 'free'] as const;

const TYPE_LABELS: Record<string, string> = { regular: 'Regular', vip: 'VIP', subscription: 'Subscription', free: 'Free' };

/** How a ticket type reads wherever it is shown: known types get a label, an unknown one is shown as sent. */
export const ticketTypeLabel = (type: string | null) => (type === null ? '—' : TYPE_LABELS[type] ?? type);

/**
 * One ticket category of GET /events/{eid}/tickets (§4.2). Shared because every feature that
 * reads it caches it under ['event', eid, 'tickets']: the data must parse the same whoever fetched it.
 */
export const ticketCategorySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: orNull(openEnum(TICKET_TYPES)),
  price: nullableNumber(),
  capacity: nullableNumber(),
  sold: nullableNumber(),
  revenue: nullableNumber(),
});
export type TicketCategory = z.infer<typeof ticketCategorySchema>;
export const ticketCategoriesSchema = z.array(ticketCategorySchema);
