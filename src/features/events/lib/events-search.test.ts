// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { activeFilterCount, clearFilters, eventsSearch, searchDays, toListFilters, updateSearch, type EventsSearch } from './events-search';
import { toListQuery } from '../api/list-query';

const TZ = 'Europe/Berlin';
// 23:30 UTC on the 21st is already the 22nd in Berlin
const NOW = new Date('2026-11-21T23:30:00Z');
const parse = (qs: string) => eventsSearch.parse(new URLSearchParams(qs));

describe('events URL schema', () => {
  it('round-trips every field, repeated keys as arrays, defaults omitted', () => {
    const state: EventsSearch = {
      q: 'metal', range: 'custom', since: '2026-12-01', until: '2026-12-31', city: ['Berlin', 'München'], vh: ['vh_a', 'vh_b'],
      category: ['concert'], status: 'active', campaign_status: ['RUNNING', 'OPEN'], campaigns: true, hidden: true, flagged: false, sort: 'benchmark_gap', page: 3,
    };
    const params = eventsSearch.serialize(state);
    expect(params.getAll('city')).toEqual(['Berlin', 'München']);
    expect(params.toString()).toContain('city=Berlin&city=M%C3%BCnchen');
    expect(eventsSearch.parse(new URLSearchParams(params.toString()))).toEqual(state);
    expect(eventsSearch.serialize(eventsSearch.defaults).toString()).toBe('');
    expect(eventsSearch.serialize({ ...eventsSearch.defaults, city: ['Köln'] }).toString()).toBe('city=K%C3%B6ln');
  });

  it('falls back to defaults for invalid values', () => {
    expect(parse('range=someday&sort=nope&page=0&status=deleted&campaign_status=SOMETIMES&campaign_status=OPEN&since=2026-02-31&hidden=maybe')).toEqual({
      ...eventsSearch.defaults, campaign_status: ['OPEN'],
    });
    expect(parse('page=abc').page).toBe(1);
    expect(parse('city=&city=Berlin&city=Berlin').city).toEqual(['Berlin']);
  });

  it('looking back the latest come first, looking ahead the soonest; another order the user chose stays', () => {
    const past = updateSearch(parse(''), { range: 'past-90' });
    expect(past.sort).toBe('-start_date_time');
    expect(updateSearch(past, { range: 'next-30' }).sort).toBe('start_date_time');
    expect(updateSearch(parse('sort=title'), { range: 'past-90' }).sort).toBe('title');
    expect(updateSearch(parse(''), { range: 'past-90', sort: 'start_date_time' }).sort).toBe('start_date_time');
    expect(updateSearch(parse(''), { range: 'past-7' }).sort).toBe('-start_date_time');
    expect(updateSearch(parse('range=past-90&sort=-start_date_time'), { range: 'all' }).sort).toBe('-start_date_time');
  });

  it('only flagged or only hidden, one at a time: the view asks for FLAGGED alone, unpinned', () => {
    const flagged = updateSearch(parse('hidden=1'), { flagged: true });
    expect(flagged).toMatchObject({ flagged: true, hidden: false });
    expect(toListQuery(toListFilters(flagged, TZ, NOW))).toMatchObject({ frontend_status: ['FLAGGED'], flagged_to_top: undefined });
    expect(updateSearch(flagged, { hidden: true })).toMatchObject({ flagged: false, hidden: true });
    expect(activeFilterCount(flagged)).toBe(1);
  });

  it('resolves presets in the partner time zone', () => {
    expect(searchDays(parse(''), TZ, NOW)).toEqual({ since: '2026-11-22', until: null });
    expect(searchDays(parse('range=next-30'), TZ, NOW)).toEqual({ since: '2026-11-22', until: '2026-12-21' });
    expect(searchDays(parse('range=next-14'), TZ, NOW)).toEqual({ since: '2026-11-22', until: '2026-12-05' });
    expect(searchDays(parse('range=past-90'), TZ, NOW)).toEqual({ since: '2026-08-24', until: '2026-11-21' });
    expect(searchDays(parse('range=all'), TZ, NOW)).toEqual({ since: null, until: null });
    expect(searchDays(parse('range=custom&since=2026-12-31&until=2026-12-01'), TZ, NOW)).toEqual({ since: '2026-12-01', until: '2026-12-31' });
    // days outside "custom" are ignored
    expect(searchDays(parse('range=all&since=2026-01-01'), TZ, NOW)).toEqual({ since: null, until: null });
  });

  it('maps to the API filters', () => {
    expect(toListFilters(parse('city=Berlin&hidden=1&status=archived&sort=-capacity&page=2'), TZ, NOW)).toEqual({
      page: 2, limit: 50, q: undefined, since: '2026-11-22', until: undefined, status: 'archived', includeArchived: true,
      showHidden: true, city: ['Berlin'], vh: undefined, category: undefined, campaignStatus: undefined, campaigns: undefined, sort: '-capacity',
    });
  });
});

describe('updating the state', () => {
  const base = parse('city=Berlin&city=Hamburg&vh=vh_berlin&vh=vh_hamburg&page=4&range=custom&since=2026-12-01');

  it('any filter change goes back to page 1; a page change keeps the filters', () => {
    expect(updateSearch(base, { q: 'x' }).page).toBe(1);
    expect(updateSearch(base, { sort: 'title' }).page).toBe(1);
    expect(updateSearch(base, { page: 5 })).toEqual({ ...base, page: 5 });
  });

  it('leaving "custom" drops its days', () => {
    expect(updateSearch(base, { range: 'upcoming' })).toMatchObject({ range: 'upcoming', since: null, until: null });
  });

  it('dropping a city drops its venues', () => {
    expect(updateSearch(base, { city: ['Hamburg'] }, { keepVh: ['vh_hamburg'] }).vh).toEqual(['vh_hamburg']);
    expect(updateSearch(base, { city: [] }).vh).toEqual([]);
  });

  it('clear filters keeps only the sort', () => {
    const s = { ...base, sort: 'title' as const };
    expect(clearFilters(s)).toEqual({ ...eventsSearch.defaults, sort: 'title' });
    expect(activeFilterCount(s)).toBe(3); // cities, venues, date range
    expect(activeFilterCount(clearFilters(s))).toBe(0);
  });
});
