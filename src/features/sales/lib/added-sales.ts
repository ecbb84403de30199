import { formatCount, formatDayRange, formatMoney, formatNumber } from '@/lib/format';
import { KPI_LABELS } from '@/lib/kpi-labels';
import type { TransactionSummaryInput, TransactionSummaryRecord } from '../api/schemas';
import type { SalesTotals } from './sales-summary';

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

/**
 * After a write whose outcome is unknown (`problem` says why): what to check before sending again.
 * The recorded sales card shows totals only, not the days or types added, so the totals it showed
 * before the attempt (`before`, null when they were not loaded) are named, to compare with the
 * totals it shows once read again. `currency` is the one the card shows them in.
 */
export function unsureAddText(problem: string, input: TransactionSummaryInput, before: SalesTotals | null, currency: string | null): string {
  const head = `${problem} The sales (${whatWasSent(input, currency)}) may have been saved.`;
  if (!before) return `${head} Check whether the totals under Recorded sales above include them before sending them again.`;
  if (before.days === 0) return `${head} Before this attempt no sales were recorded for this event: if Recorded sales above now shows some, they were saved; do not send them again.`;
  const totals = `${KPI_LABELS.purchases} ${formatNumber(before.tickets)} and ${KPI_LABELS.revenue} ${formatMoney(before.revenue, currency)}`;
  return `${head} Before this attempt, Recorded sales above showed ${totals}: if these have grown by the sales sent, they were saved; do not send them again.`;
}
