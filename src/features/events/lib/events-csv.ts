import { csvCell, type CsvValue } from '@/lib/csv';
import type { Day } from '@/lib/dates';
import { toZonedInput } from '@/lib/zoned-time';
import type { Event } from '@/lib/schemas/event';
import { benchmarkView } from './benchmark-view';

/** ISO-8601 UTC ("2026-06-12T18:30:00.000Z" → "2026-06-12T18:30:00Z"); unparseable text as is. */
const isoUtc = (value: string) => {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString().replace('.000Z', 'Z');
};

/** "2026-12-06T16:00:00Z" → "2026-12-06 17:00" in Europe/Berlin: 24-hour and sortable, as spreadsheets read it. */
const localDateTime = (value: string, timeZone: string) => toZonedInput(value, timeZone).replace('T', ' ');

/** What a row needs besides the event: the partner's zone (`start_local`) and day (past or not). */
export interface CsvContext {
  timeZone: string;
  today: Day;
  /** the partner's currency, for events that name none (as the screens fall back to it) */
  fallbackCurrency: string | null;
}

const demand = (e: Event, { today, timeZone }: CsvContext) => benchmarkView(e, today, timeZone).comparison;

/**
 * The export's columns: raw API values for analysis, unformatted — ISO UTC instants, plain
 * numbers with a dot, shares as fractions (0.78), booleans as true/false, empty for null. Reading
 * aids: `start_local`, the start as wall-clock time in the partner's zone, because a UTC instant
 * is not the time printed on the ticket; `demand_vs_benchmark`, the word the list shows (above /
 * below / even, by the one rule of lib/benchmark), and `demand_basis`, what it compares with
 * `benchmark_share`: `forecast` (predicted_share) or, for a past event, `result` (sold_share).
 * The API's own `benchmark.state` is not exported: it speaks only of the forecast, knows only
 * above/below and calls a tie "above", so beside demand_vs_benchmark it read as a contradiction.
 */
export const CSV_COLUMNS: readonly [string, (e: Event, ctx: CsvContext) => CsvValue][] = [
  ['id', (e) => e.id],
  ['title', (e) => e.title],
  ['start_date_time_utc', (e) => isoUtc(e.start_date_time)],
  ['start_local', (e, { timeZone }) => localDateTime(e.start_date_time, timeZone)],
  ['city', (e) => e.city],
  ['venue_name', (e) => e.venue_name],
  ['hall_name', (e) => e.hall_name],
  ['category', (e) => e.category],
  ['capacity', (e) => e.capacity],
  ['status', (e) => e.status],
  ['frontend_status', (e) => e.frontend_status],
  ['campaign_status', (e) => e.campaign_status],
  ['client_campaign_status', (e) => e.client_campaign_status],
  ['campaign_optimisation_status', (e) => e.campaign_optimisation_status],
  ['ad_campaign_optimisation_status', (e) => e.ad_campaign_optimisation_status],
  ['has_active_campaigns', (e) => e.has_active_campaigns],
  ['predicted_share', (e) => e.benchmark?.prediction?.value],
  ['sold_share', (e) => e.benchmark?.now],
  ['benchmark_share', (e) => e.benchmark?.prediction?.benchmark],
  ['demand_vs_benchmark', (e, ctx) => demand(e, ctx)?.direction],
  ['demand_basis', (e, ctx) => demand(e, ctx)?.basis],
  ['currency', (e, { fallbackCurrency }) => e.currency ?? fallbackCurrency],
];

/** The CSV text (CRLF line ends, header first); the partner's zone and today, for `start_local` and past events. */
export function eventsToCsv(events: readonly Event[], ctx: CsvContext): string {
  const lines = [CSV_COLUMNS.map(([h]) => h).join(',')];
  for (const e of events) lines.push(CSV_COLUMNS.map(([, get]) => csvCell(get(e, ctx))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
