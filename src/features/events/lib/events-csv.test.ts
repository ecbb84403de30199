// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventSchema } from '@/lib/schemas/event';
import { eventsToCsv } from './events-csv';
import { exportFileName } from './export-file-name';
import { eventsSearch } from './events-search';

/** The partner's zone, and the day the export is made on (events before it are past). */
const CTX = { timeZone: 'Europe/Berlin', today: '2026-06-12', fallbackCurrency: 'CHF' };

describe('CSV export', () => {
  it('writes raw values: ISO UTC instants, fractions, empty for null; the partner\'s currency for an event that names none', () => {
    const event = eventSchema.parse({
      id: 'evt_1', title: 'Rock, "Live"', start_date_time: '2026-06-12T20:30:00+02:00', city: 'München', capacity: 12000,
      frontend_status: 'FLAGGED', has_active_campaigns: true, benchmark: { prediction: { value: 0.78, benchmark: 0.65 }, state: 'above' },
    });
    const [header, row, end] = eventsToCsv([event], CTX).split('\r\n');
    expect(header?.split(',').slice(0, 4)).toEqual(['id', 'title', 'start_date_time_utc', 'start_local']);
    expect(row).toBe('evt_1,"Rock, ""Live""",2026-06-12T18:30:00Z,2026-06-12 20:30,München,,,,12000,,FLAGGED,,,,,true,0.78,,0.65,above,forecast,CHF');
    expect(end).toBe('');
  });

  it('says the benchmark comparison once, as the list does: a tie the API calls "above" is "even", and no column says otherwise', () => {
    const tie = eventSchema.parse({ id: 'evt_2', title: 'T', start_date_time: '2026-06-12T18:30:00Z', benchmark: { prediction: { value: 1, benchmark: 1 }, state: 'above' } });
    const [header = '', row = ''] = eventsToCsv([tie], CTX).split('\r\n');
    expect(header.split(',')).not.toContain('benchmark_state');
    expect(row.split(',')).not.toContain('above');
    const cell = (name: string) => row.split(',')[header.split(',').indexOf(name)];
    expect([cell('predicted_share'), cell('benchmark_share'), cell('demand_vs_benchmark'), cell('demand_basis')]).toEqual(['1', '1', 'even', 'forecast']);
  });

  it('a past event is said by its result, as in the list and on its event page; an upcoming one by its forecast', () => {
    const benchmark = { prediction: { value: 0.52, benchmark: 0.53 }, state: 'below', now: 0.57 };
    const past = eventSchema.parse({ id: 'evt_p', title: 'P', start_date_time: '2026-06-11T18:30:00Z', benchmark });
    const upcoming = eventSchema.parse({ id: 'evt_u', title: 'U', start_date_time: '2026-06-12T18:30:00Z', benchmark });
    const unknownSales = eventSchema.parse({ id: 'evt_x', title: 'X', start_date_time: '2026-06-11T18:30:00Z', benchmark: { ...benchmark, now: undefined } });
    const [header = '', ...rows] = eventsToCsv([past, upcoming, unknownSales], CTX).split('\r\n');
    const cells = (row = '') => Object.fromEntries(['predicted_share', 'sold_share', 'benchmark_share', 'demand_vs_benchmark', 'demand_basis']
      .map((name) => [name, row.split(',')[header.split(',').indexOf(name)]]));
    expect(cells(rows[0])).toEqual({ predicted_share: '0.52', sold_share: '0.57', benchmark_share: '0.53', demand_vs_benchmark: 'above', demand_basis: 'result' });
    expect(cells(rows[1])).toEqual({ predicted_share: '0.52', sold_share: '0.57', benchmark_share: '0.53', demand_vs_benchmark: 'below', demand_basis: 'forecast' });
    expect(cells(rows[2])).toEqual({ predicted_share: '0.52', sold_share: '', benchmark_share: '0.53', demand_vs_benchmark: 'below', demand_basis: 'forecast' });
  });

  it('adds the start as wall-clock time in the given zone, 24-hour, across DST and midnight', () => {
    const startLocal = (start_date_time: string, zone: string) => {
      const [header = '', row = ''] = eventsToCsv([eventSchema.parse({ id: 'evt_1', title: 'T', start_date_time })], { ...CTX, timeZone: zone }).split('\r\n');
      return row.split(',')[header.split(',').indexOf('start_local')];
    };
    expect(startLocal('2026-12-06T16:00:00Z', 'Europe/Berlin')).toBe('2026-12-06 17:00'); // CET
    expect(startLocal('2026-07-01T16:00:00Z', 'Europe/Berlin')).toBe('2026-07-01 18:00'); // CEST
    expect(startLocal('2026-06-12T22:30:00Z', 'Europe/Berlin')).toBe('2026-06-13 00:30'); // next day, not 24:30
    // the partner's zone, not the machine's (tests pin TZ to Berlin)
    expect(startLocal('2026-12-06T16:00:00Z', 'America/New_York')).toBe('2026-12-06 11:00');
    expect(startLocal('2026-12-06T03:00:00Z', 'America/New_York')).toBe('2026-12-05 22:00');
    expect(startLocal('not a date', 'Europe/Berlin')).toBe('');
  });

  it('names the file after the filter and the day', () => {
    const search = { ...eventsSearch.defaults, city: ['Berlin'] };
    expect(exportFileName('events', search, '2026-11-22')).toBe('events_city-Berlin_upcoming_2026-11-22');
    const custom = { ...eventsSearch.defaults, q: 'Rock & Pop', city: ['München', 'Köln'], range: 'custom' as const, since: '2026-12-01', until: null, hidden: true };
    expect(exportFileName('events', custom, '2026-11-22')).toBe('events_q-Rock-Pop_city-München+Köln_hidden_2026-12-01-to-end_2026-11-22');
    expect(exportFileName('campaigns', { ...eventsSearch.defaults, campaign_status: ['RUNNING'], range: 'all' }, '2026-11-22')).toBe('campaigns_campaign-RUNNING_all_2026-11-22');
  });
});
