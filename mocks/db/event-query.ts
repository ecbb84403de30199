/**
 * The list filters of GET /events/, /events/flagged/ and /events/statistics (contract §4.3).
 * Decisions [ours]: `since`/`until` are inclusive calendar days of start_date_time in the partner's
 * zone (`PARTNER_TIME_ZONE`, dates.ts); archived events
 * are left out unless `include_archived=true` (or `status=archived`); `campaigns=true` keeps
 * events that have campaigns; `q` matches title, city, venue, hall and id word by word; the default sort is
 * start_date_time; `benchmark_gap` sorts by prediction − benchmark as fractions, most behind
 * first, events without a benchmark last. Sorted orders are cached until an edit.
 */
import { hasWords, queryWords, searchForms } from '../lib/search-fold';
import { dayStartMs, parseDay } from './dates';
import type { EventRecord } from './event-types';
import { allRecords, eventTable } from './events';

export const SORTS = ['start_date_time', '-start_date_time', 'title', '-capacity', 'benchmark_gap'] as const;
export type Sort = (typeof SORTS)[number];

export interface ListQuery {
  /** `q`'s words, folded (search-fold.ts); every one must match. */
  words: string[];
  sinceMs: number | null;
  untilMs: number | null;
  status: string | null;
  frontendStatus: string[];
  city: string[];
  vh: string[];
  includeArchived: boolean;
  campaigns: boolean;
  flaggedToTop: boolean;
  category: string[];
  campaignStatus: string[];
  sort: Sort;
}

export interface QueryError { code: string; field: string; message?: string }

const flag = (v: string | null) => v === 'true' || v === '1';

export function parseListQuery(url: URL): ListQuery | QueryError[] {
  const sp = url.searchParams;
  const errors: QueryError[] = [];
  const day = (field: string) => {
    const raw = sp.get(field);
    if (raw === null || raw === '') return null;
    const d = parseDay(raw);
    if (d === null) errors.push({ code: 'invalid_date', field, message: 'Expected YYYY-MM-DD' });
    return d;
  };
  for (const field of ['page', 'limit']) {
    const raw = sp.get(field);
    if (raw !== null && raw !== '' && !/^[1-9]\d*$/.test(raw)) errors.push({ code: 'invalid_integer', field });
  }
  const since = day('since');
  const until = day('until');
  const sort = sp.get('sort') || 'start_date_time';
  if (!(SORTS as readonly string[]).includes(sort)) errors.push({ code: 'invalid_choice', field: 'sort' });
  if (errors.length) return errors;
  const all = (name: string) => sp.getAll(name).filter((v) => v !== '');
  return {
    words: queryWords(sp.get('q') ?? ''),
    // calendar days in the partner's zone (PARTNER_TIME_ZONE)
    sinceMs: since === null ? null : dayStartMs(since),
    untilMs: until === null ? null : dayStartMs(until + 1),
    status: sp.get('status') || null,
    frontendStatus: all('frontend_status'),
    city: all('city'),
    vh: all('vh'),
    includeArchived: flag(sp.get('include_archived')),
    campaigns: flag(sp.get('campaigns')),
    flaggedToTop: flag(sp.get('flagged_to_top')),
    category: all('category'),
    campaignStatus: all('campaign_status'),
    sort: sort as Sort,
  };
}

/** prediction − benchmark as fractions (percent rows normalized), null without both. */
function gap(rec: EventRecord): number | null {
  const p = rec.row.benchmark?.prediction;
  if (p?.value == null || p.benchmark == null) return null;
  const scale = Math.max(p.value, p.benchmark) >= 1.5 ? 100 : 1;
  return (p.value - p.benchmark) / scale;
}

const collator = new Intl.Collator('de', { sensitivity: 'base' });
const COMPARE: Record<Sort, (a: EventRecord, b: EventRecord) => number> = {
  start_date_time: (a, b) => a.meta.startMs - b.meta.startMs,
  '-start_date_time': (a, b) => b.meta.startMs - a.meta.startMs,
  title: (a, b) => collator.compare(a.row.title, b.row.title) || a.meta.startMs - b.meta.startMs,
  '-capacity': (a, b) => (b.row.capacity ?? -1) - (a.row.capacity ?? -1) || a.meta.startMs - b.meta.startMs,
  benchmark_gap: (a, b) => {
    const ga = gap(a);
    const gb = gap(b);
    if (ga === null || gb === null) return ga === gb ? a.meta.startMs - b.meta.startMs : ga === null ? 1 : -1;
    return ga - gb || a.meta.startMs - b.meta.startMs;
  },
};

const sortCache = new WeakMap<readonly EventRecord[], Map<string, EventRecord[]>>();

/** The partner's events in `sort` order (cached per table and edit version). */
function sorted(partnerId: string, sort: Sort): readonly EventRecord[] {
  const records = allRecords(partnerId);
  if (sort === 'start_date_time') return records;
  const table = eventTable(partnerId);
  let bySort = sortCache.get(records);
  if (!bySort) {
    bySort = new Map();
    sortCache.set(records, bySort);
  }
  const key = `${sort}@${table.version}`;
  let list = bySort.get(key);
  if (!list) {
    for (const k of bySort.keys()) if (k.startsWith(`${sort}@`)) bySort.delete(k);
    list = [...records].sort((a, b) => COMPARE[sort](a, b) || (a.row.id < b.row.id ? -1 : 1));
    bySort.set(key, list);
  }
  return list;
}

function searchText(rec: EventRecord): string {
  const { row } = rec;
  rec.meta.search ??= searchForms([row.title, row.city, row.venue_name, row.hall_name, row.id].join('\n'));
  return rec.meta.search;
}

export function queryEvents(partnerId: string, query: ListQuery, flaggedOnly = false): EventRecord[] {
  const { words, city, vh, category, campaignStatus, frontendStatus } = query;
  const table = eventTable(partnerId);
  const out = sorted(partnerId, query.sort).filter((rec) => {
    const { row, meta } = rec;
    if (flaggedOnly && row.frontend_status !== 'FLAGGED') return false;
    if (query.status ? row.status !== query.status : !query.includeArchived && row.status === 'archived') return false;
    if (query.sinceMs !== null && meta.startMs < query.sinceMs) return false;
    if (query.untilMs !== null && meta.startMs >= query.untilMs) return false;
    if (frontendStatus.length && !frontendStatus.includes(row.frontend_status)) return false;
    if (city.length && !city.includes(row.city ?? '')) return false;
    if (vh.length && !vh.includes(meta.vhId)) return false;
    if (category.length && !category.includes(row.category ?? '')) return false;
    if (campaignStatus.length && !campaignStatus.includes(row.campaign_status)) return false;
    if (query.campaigns && !table.campaigns.has(row.id)) return false;
    if (words.length && !hasWords(searchText(rec), words)) return false;
    return true;
  });
  if (!query.flaggedToTop) return out;
  return [...out.filter((r) => r.row.frontend_status === 'FLAGGED'), ...out.filter((r) => r.row.frontend_status !== 'FLAGGED')];
}
