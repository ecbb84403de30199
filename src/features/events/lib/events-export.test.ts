// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventSchema } from '@/lib/schemas/event';
import { readFirstSheet } from '@/testing/read-workbook';
import { eventsFile } from './events-export';

/** The partner's zone, the day the export is made on (events before it are past), a German reader. */
const CTX = { timeZone: 'Europe/Berlin', today: '2026-06-12', locale: 'de-DE', fallbackCurrency: 'CHF' };

const past = eventSchema.parse({
  id: 'evt_p', title: 'Rock, "Live"', start_date_time: '2026-06-10T18:30:00Z', city: 'München', venue_name: 'Olympiahalle', capacity: 12000,
  category: 'rock_pop', status: 'active', frontend_status: 'FLAGGED', campaign_status: 'RUNNING', client_campaign_status: 'PAUSED',
  campaign_optimisation_status: 'ON', ad_campaign_optimisation_status: 'OFF', has_active_campaigns: false, currency: 'EUR',
  benchmark: { prediction: { value: 0.52, benchmark: 0.53 }, state: 'below', now: 0.57 },
});
const upcoming = eventSchema.parse({
  id: 'evt_u', title: 'Quiet', start_date_time: '2026-06-20T17:00:00Z', status: 'cancelled', campaign_status: 'CLOSED', client_campaign_status: 'RUNNING',
  benchmark: { prediction: { value: 0.4, benchmark: 0.65 }, state: 'below' },
});

describe('Excel export of the events list', () => {
  it('says what the list says, in its words, with typed cells in the reader’s formats', async () => {
    const sheet = await readFirstSheet(await eventsFile('xlsx', [past, upcoming], CTX));
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(headers.slice(0, 8)).toEqual(['Event', 'Date', 'City', 'Venue', 'Hall', 'Category', 'Capacity', 'Demand vs benchmark']);
    expect(headers.at(-1)).toBe('Event ID');
    const cell = (row: number, header: string) => sheet.getRow(row).getCell(headers.indexOf(header) + 1);

    // the past event: its result, as in the list ("Sold above"), and the shares behind it
    expect(cell(2, 'Event').value).toBe('Rock, "Live"');
    expect(cell(2, 'Date').numFmt).toBe('dd.mm.yyyy hh:mm');
    expect((cell(2, 'Date').value as Date).toISOString()).toMatch(/^2026-06-10T20:(30:00.000|29:59.999)Z$/);
    expect(cell(2, 'Category').value).toBe('Rock pop');
    expect([cell(2, 'Capacity').value, cell(2, 'Capacity').numFmt]).toEqual([12000, '#,##0']);
    expect(cell(2, 'Demand vs benchmark').value).toBe('Sold above');
    expect([cell(2, 'Predicted share sold').value, cell(2, 'Share sold so far').value, cell(2, 'Similar events (benchmark)').value]).toEqual([0.52, 0.57, 0.53]);
    expect(cell(2, 'Share sold so far').numFmt).toBe('0%');
    expect([cell(2, 'Campaign').value, cell(2, 'Delivery').value, cell(2, 'Active campaigns').value]).toEqual(['Running', 'Paused', 'No']);
    expect([cell(2, 'Campaign-level optimisation').value, cell(2, 'Ad-level optimisation').value]).toEqual(['On', 'Off']);
    expect([cell(2, 'Event status').value, cell(2, 'In lists').value, cell(2, 'Event ID').value]).toEqual(['Active', 'Flagged', 'evt_p']);

    // the upcoming one: its forecast; missing values are blank cells, not "—"; a closed campaign has no delivery
    expect(cell(3, 'Demand vs benchmark').value).toBe('Below');
    expect([cell(3, 'City').value, cell(3, 'Capacity').value, cell(3, 'Share sold so far').value, cell(3, 'Delivery').value]).toEqual([null, null, null, null]);
    expect([cell(3, 'Event status').value, cell(3, 'In lists').value]).toEqual(['Cancelled', 'Shown']);
    // its own currency, else the partner's, as the screens show its amounts
    expect([cell(2, 'Currency').value, cell(3, 'Currency').value]).toEqual(['EUR', 'CHF']);
    expect(sheet.rowCount).toBe(3);
  });

  it('CSV stays the raw format for tools: codes and fractions, comma-separated, with a byte-order mark', async () => {
    const text = await (await eventsFile('csv', [past], CTX)).text();
    const bytes = new Uint8Array(await (await eventsFile('csv', [past], CTX)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n')[1]).toContain(',FLAGGED,RUNNING,PAUSED,');
    const upcomingRow = (await (await eventsFile('csv', [upcoming], CTX)).text()).split('\r\n')[1];
    expect(upcomingRow?.endsWith(',CHF')).toBe(true);
  });
});
