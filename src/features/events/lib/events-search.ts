import { defineSearch, field, type SearchOf } from '@/lib/search-params';
import { resolvePreset, today } from '@/lib/dates';
import { CAMPAIGN_STATUSES, EVENT_STATUSES } from '@/lib/schemas/event';
import { EVENT_SORTS, MAX_PAGE_SIZE, type EventListFilters } from '../api/list-query';

export const DATE_RANGES = ['upcoming', 'next-14', 'next-30', 'past-7', 'past-90', 'all', 'custom'] as const;
export type DateRangePreset = (typeof DATE_RANGES)[number];

/** "" = any lifecycle status. */
export const LIFECYCLE_FILTERS = ['', ...EVENT_STATUSES] as const;

/**
 * The one URL schema of the events list (and the Wave list, which is the same list framed
 * around campaigns): every filter, the sort and the page. Defaults are omitted from the URL.
 */
export const eventsSearch = defineSearch({
  q: field.text(),
  range: field.oneOf(DATE_RANGES, 'upcoming'),
  /** Only read when range = custom. */
  since: field.day(),
  until: field.day(),
  city: field.list(),
  vh: field.list(),
  category: field.list(),
  status: field.oneOf(LIFECYCLE_FILTERS, ''),
  campaign_status: field.list(CAMPAIGN_STATUSES),
  campaigns: field.flag(),
  hidden: field.flag(),
  flagged: field.flag(),
  sort: field.oneOf(EVENT_SORTS, 'start_date_time'),
  page: field.int(1, { min: 1 }),
});

export type EventsSearch = SearchOf<typeof eventsSearch.fields>;

/** The calendar days a range covers (null = open end), today taken in the partner's zone. */
export function searchDays(search: EventsSearch, timeZone: string, now = new Date()): { since: string | null; until: string | null } {
  if (search.range === 'custom') {
    const { since, until } = search;
    // a reversed custom range is read the way the user obviously meant it
    return since && until && since > until ? { since: until, until: since } : { since, until };
  }
  const { from, to } = resolvePreset(search.range, today(timeZone, now));
  return { since: from, until: to };
}

/**
 * Whether the list's days reach before today (partner zone): past events then show their result,
 * while the API's "Most behind benchmark" order follows the forecast.
 */
export function coversPast(days: { since: string | null }, todayDay: string): boolean {
  return days.since === null || days.since < todayDay;
}

/** The API filters (§4.3) for a URL state; `page: undefined` for "every page" (export, statistics). */
export function toListFilters(search: EventsSearch, timeZone: string, now = new Date()): EventListFilters {
  const { since, until } = searchDays(search, timeZone, now);
  return {
    page: search.page,
    limit: MAX_PAGE_SIZE,
    q: search.q || undefined,
    since: since ?? undefined,
    until: until ?? undefined,
    status: search.status || undefined,
    includeArchived: search.status === 'archived' || undefined,
    showHidden: search.hidden || undefined,
    onlyFlagged: (search.flagged && !search.hidden) || undefined,
    city: search.city.length ? search.city : undefined,
    vh: search.vh.length ? search.vh : undefined,
    category: search.category.length ? search.category : undefined,
    campaignStatus: search.campaign_status.length ? search.campaign_status : undefined,
    campaigns: search.campaigns || undefined,
    sort: search.sort,
  };
}

type Patch = Partial<EventsSearch>;

const FUTURE_RANGES = new Set<string>(['upcoming', 'next-14', 'next-30']);
const PAST_RANGES = new Set<string>(['past-7', 'past-90']);

/**
 * Pure updater: applies a change and keeps the state coherent — any filter change goes back to
 * page 1, leaving "custom" drops its days, and dropping a city drops its venues (`keepVh`
 * lists the venue ids still valid for the remaining cities).
 */
export function updateSearch(search: EventsSearch, patch: Patch, { keepVh }: { keepVh?: readonly string[] } = {}): EventsSearch {
  const next = { ...search, ...patch };
  const onlyPage = Object.keys(patch).every((k) => k === 'page');
  if (!onlyPage && patch.page === undefined) next.page = 1;
  if (next.range !== 'custom') { next.since = null; next.until = null; }
  if (patch.city && !patch.vh) next.vh = patch.city.length === 0 ? [] : next.vh.filter((id) => !keepVh || keepVh.includes(id));
  // looking back, the latest events come first; looking ahead, the soonest (a date order the user
  // chose flips with the range; any other order stays)
  if (patch.range && patch.sort === undefined) {
    if (PAST_RANGES.has(patch.range) && next.sort === 'start_date_time') next.sort = '-start_date_time';
    if (FUTURE_RANGES.has(patch.range) && next.sort === '-start_date_time') next.sort = 'start_date_time';
  }
  // one view at a time: only flagged or only hidden (a hidden event is never flagged)
  if (patch.flagged) next.hidden = false;
  if (patch.hidden) next.flagged = false;
  return next;
}

/** Every filter back to its default; the sort stays (it is not a filter). */
export const clearFilters = (search: EventsSearch): EventsSearch => ({ ...eventsSearch.defaults, sort: search.sort });

/** How many filters differ from the defaults (the date range counts once), for "Clear filters (n)". */
export function activeFilterCount(search: EventsSearch): number {
  const { sort: _s, page: _p, range, since: _since, until: _until, ...rest } = search;
  const d = eventsSearch.defaults;
  const others = (Object.keys(rest) as (keyof typeof rest)[]).filter((k) => JSON.stringify(rest[k]) !== JSON.stringify(d[k])).length;
  return others + (range !== d.range ? 1 : 0);
}
