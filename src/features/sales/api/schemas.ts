import { z } from 'zod/mini';
import { envelopeSchema, eventSchema } from '@/lib/schemas/event';
import { answerObject, nullableNumber, nullableString, orDefault } from '@/lib/schemas/tolerant';

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected YYYY-MM-DD'));

/** One ticket line of a transaction summary (§6). */
export const ticketLineSchema = z.object({
  type: z.string().check(z.trim(), z.minLength(1)),
  sold: z.int().check(z.minimum(0)),
  /** money in the event's currency */
  revenue: z.number().check(z.minimum(0)),
});
export type TicketLine = z.infer<typeof ticketLineSchema>;

/** The POST /ingest/transaction_summary body (also usable to validate the form). */
export const transactionSummaryInputSchema = z.object({
  eid: z.string().check(z.minLength(1)),
  from: isoDay,
  to: isoDay,
  tickets: z.array(ticketLineSchema).check(z.minLength(1)),
});
export type TransactionSummaryInput = z.infer<typeof transactionSummaryInputSchema>;

/** The stored record answered by the ingest (shape beyond the input is not in the contract). */
export const transactionSummaryRecordSchema = z.looseObject({
  id: nullableString(),
  eid: nullableString(),
  from: nullableString(),
  to: nullableString(),
  imported_rows: nullableNumber(),
  created_at: nullableString(),
});
export type TransactionSummaryRecord = z.infer<typeof transactionSummaryRecordSchema>;

/**
 * A workbook upload's 200 answer. A non-empty `validation_errors` is a failure and never gets
 * here: the API client throws an ApiError carrying them (with their `row`s). An empty body is a
 * success without a count (it used to read as "may not have been applied").
 */
export const uploadResultSchema = z._default(z.object({ imported_rows: nullableNumber() }), () => ({ imported_rows: null }));
export type UploadResult = z.infer<typeof uploadResultSchema>;

/** Workbook columns [ours]: one row per day and ticket type. */
export const SALES_WORKBOOK_COLUMNS = ['date', 'ticket_type', 'tickets', 'revenue'] as const;

/** GET /daily_revenue_summary/ as the sales tools read it (days only; missing days = no sales). */
export const salesDaySchema = z.object({ date: z.string(), revenue: nullableNumber(), tickets: nullableNumber() });
export type SalesDay = z.infer<typeof salesDaySchema>;
export const salesSummarySchema = answerObject(z.object({
  currency: nullableString(),
  days: orDefault(z.array(salesDaySchema), () => []),
}));
export type SalesSummary = z.infer<typeof salesSummarySchema>;

/** GET /events/ page for the event picker. */
export const eventChoicesSchema = envelopeSchema(eventSchema);
export type EventChoices = z.infer<typeof eventChoicesSchema>;
