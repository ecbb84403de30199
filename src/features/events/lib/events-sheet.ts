import { frontendStatusLabel, shownClientStatus } from '@/components/event/status-labels';
import { categoryLabel } from '@/lib/humanize';
import type { Event } from '@/lib/schemas/event';
import { numberCell, textCell, wallClockCell, XLSX_FORMAT, type SheetColumn } from '@/lib/xlsx';
import { benchmarkView, benchmarkWord } from './benchmark-view';
import type { CsvContext } from './events-csv';
import { campaignStatusLabel, clientStatusLabel, lifecycleLabel, onOffLabel } from './labels';

/** What a row needs: the partner's zone and today (as for the CSV), and the date format of the reader's locale. */
export interface SheetContext extends CsvContext {
  dateFormat: string;
}

/** A label for a value that may be missing: empty, not "—", so a spreadsheet filter sees blanks. */
const label = (value: string | null, toWords: (v: string) => string) => textCell(value === null ? null : toWords(value));
const share = (value: number | null | undefined) => numberCell(value, XLSX_FORMAT.percent);

/**
 * The Excel export's columns: the screen's words and order (Event, Date, city, venue, category,
 * capacity, demand vs benchmark, campaign, delivery), typed cells (the date in the partner's zone,
 * capacity a number, shares percent), then what the list does not show. The demand word is the
 * list cell's ("Sold above" for a past event, by the one rule of lib/benchmark); beside it the three
 * shares it compares. The event ID comes last, to match rows with other files.
 */
export const SHEET_COLUMNS: readonly SheetColumn<Event, SheetContext>[] = [
  { header: 'Event', width: 36, cell: (e) => textCell(e.title) },
  { header: 'Date', width: 17, cell: (e, { timeZone, dateFormat }) => wallClockCell(e.start_date_time, timeZone, dateFormat) },
  { header: 'City', width: 14, cell: (e) => textCell(e.city) },
  { header: 'Venue', width: 24, cell: (e) => textCell(e.venue_name) },
  { header: 'Hall', width: 14, cell: (e) => textCell(e.hall_name) },
  { header: 'Category', width: 14, cell: (e) => label(e.category, categoryLabel) },
  { header: 'Capacity', width: 10, cell: (e) => numberCell(e.capacity, XLSX_FORMAT.integer) },
  { header: 'Demand vs benchmark', width: 20, cell: (e, { today, timeZone }) => textCell(benchmarkWord(benchmarkView(e, today, timeZone))) },
  { header: 'Predicted share sold', width: 12, cell: (e) => share(e.benchmark?.prediction?.value) },
  { header: 'Share sold so far', width: 12, cell: (e) => share(e.benchmark?.now) },
  { header: 'Similar events (benchmark)', width: 14, cell: (e) => share(e.benchmark?.prediction?.benchmark) },
  { header: 'Campaign', width: 11, cell: (e) => label(e.campaign_status, campaignStatusLabel) },
  { header: 'Delivery', width: 10, cell: (e) => label(shownClientStatus(e), clientStatusLabel) },
  { header: 'Campaign-level optimisation', width: 14, cell: (e) => label(e.campaign_optimisation_status, onOffLabel) },
  { header: 'Ad-level optimisation', width: 14, cell: (e) => label(e.ad_campaign_optimisation_status, onOffLabel) },
  { header: 'Active campaigns', width: 10, cell: (e) => textCell(e.has_active_campaigns ? 'Yes' : 'No') },
  { header: 'Event status', width: 11, cell: (e) => label(e.status, lifecycleLabel) },
  { header: 'In lists', width: 10, cell: (e) => textCell(frontendStatusLabel(e.frontend_status)) },
  { header: 'Currency', width: 9, cell: (e, { fallbackCurrency }) => textCell(e.currency ?? fallbackCurrency) },
  { header: 'Event ID', width: 14, cell: (e) => textCell(e.id) },
];
