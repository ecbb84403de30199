import { formatCount, formatDayRange, formatMoney } from '@/lib/format';
import type { TransactionSummaryInput, TransactionSummaryRecord } from '../api/schemas';

/**
 * Whether the ingest's 200 answer is the record of these sales: same event and days. Any other
 * answer (an empty or unknown body) says the server took the request, not what it stored.
 */
export const confirmsSummary = (record: TransactionSummaryRecord, input: TransactionSummaryInput): boolean =>
  record.eid === input.eid && record.from === input.from && record.to === input.to;

/** "3 tickets and €294.00 for 4 December 2026": what the form sent. */
function whatWasSent(input: TransactionSummaryInput, currency: string | null): string {
  const tickets = input.tickets.reduce((n, t) => n + t.sold, 0);
  const revenue = input.tickets.reduce((n, t) => n + Math.round(t.revenue * 100), 0) / 100;
  return `${formatCount(tickets, 'ticket', 'tickets')} and ${formatMoney(revenue, currency)} for ${formatDayRange(input.from, input.to)}`;
}

/**
 * What a 200 answer tells the person: "Added …" only when it confirms the stored record;
 * otherwise the sales were most likely stored too, so they are not to be sent again unchecked.
 */
export function addedSalesText(input: TransactionSummaryInput, record: TransactionSummaryRecord, currency: string | null): { text: string; confirmed: boolean } {
  if (!confirmsSummary(record, input)) {
    return {
      confirmed: false,
      text: `The server accepted ${whatWasSent(input, currency)} but did not confirm what it stored; check the recorded sales above before adding them again.`,
    };
  }
  const rows = typeof record.imported_rows === 'number' ? ` (${formatCount(record.imported_rows, 'daily row', 'daily rows')} stored)` : '';
  return { confirmed: true, text: `Added ${whatWasSent(input, currency)}${rows}.` };
}
