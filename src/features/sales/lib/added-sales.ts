import { formatCount, formatDayRange, formatMoney } from '@/lib/format';
import type { TransactionSummaryInput, TransactionSummaryRecord } from '../api/schemas';

/**
 * Whether the ingest's 200 answer is the record of these sales. The contract says "the stored
 * record" but not its shape, so it is read tolerantly: it confirms when it names the record (an
 * `id`, a row count, or the event and days) and none of what it names contradicts what was sent
 * (days compared as days: "2026-12-04T00:00:00Z" is 4 December). An answer naming nothing (an
 * empty or unknown body) says the server took the request, not what it stored.
 */
export function confirmsSummary(record: TransactionSummaryRecord, input: TransactionSummaryInput): boolean {
  const sameDay = (answered: string | null, sent: string) => answered === null || answered.slice(0, 10) === sent;
  const contradicts = (record.eid !== null && record.eid !== input.eid) || !sameDay(record.from, input.from) || !sameDay(record.to, input.to);
  const names = record.id !== null || record.imported_rows !== null || (record.eid !== null && record.from !== null);
  return names && !contradicts;
}

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
