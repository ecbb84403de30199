import type { QueryParams } from '@/lib/api-client';

export const EVENT_SORTS = ['start_date_time', '-start_date_time', 'title', '-capacity', 'benchmark_gap'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export const MAX_PAGE_SIZE = 50;

/**
 * What the events list (and its flagged list and statistics) can be filtered by (§4.3).
 * `showHidden` switches the view from DEFAULT+FLAGGED (flagged on top) to HIDDEN; `onlyFlagged`
 * to FLAGGED alone.
 */
export interface EventListFilters {
  page?: number;
  limit?: number;
  q?: string;
  /** YYYY-MM-DD */
  since?: string;
  /** YYYY-MM-DD */
  until?: string;
  status?: string;
  showHidden?: boolean;
  onlyFlagged?: boolean;
  city?: readonly string[];
  /** venue/hall ids from GET /events/venues */
  vh?: readonly string[];
  category?: readonly string[];
  campaignStatus?: readonly string[];
  includeArchived?: boolean;
  /** only events with campaigns */
  campaigns?: boolean;
  sort?: EventSort;
}

/** The filters that change the statistics (paging and sorting don't). */
export type EventStatisticsFilters = Omit<EventListFilters, 'page' | 'limit' | 'sort'>;

export function toStatisticsFilters(filters: EventListFilters): EventStatisticsFilters {
  const { page: _page, limit: _limit, sort: _sort, ...rest } = filters;
  return rest;
}

const clampLimit = (limit: number) => Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(limit)));
const trueOrOmit = (flag: boolean | undefined) => (flag ? true : undefined);

/**
 * Whether flagged events are pinned above the sort (flagged_to_top). Not in "show hidden" (nothing
 * is flagged there) and not for "most behind benchmark": that order is the triage itself, and a
 * flagged event far ahead of its benchmark must not push the ones that need attention down.
 */
export function pinsFlagged(filters: Pick<EventListFilters, 'showHidden' | 'onlyFlagged' | 'sort'>): boolean {
  return !filters.showHidden && !filters.onlyFlagged && filters.sort !== 'benchmark_gap';
}

/**
 * The §4.3 query for a filter set. Arrays repeat their key (the client drops empty values);
 * the default view sends frontend_status=DEFAULT&…=FLAGGED&…=CANCELLED&flagged_to_top=true,
 * "show hidden" sends frontend_status=HIDDEN; flagged_to_top only where pinsFlagged says so.
 */
/**
 * The frontend statuses of the default view. CANCELLED (set by the system, never by the user) is
 * among them: a cancelled event stays findable, with its badge, instead of being in no view at all.
 */
export const LISTED_FRONTEND_STATUSES = ['DEFAULT', 'FLAGGED', 'CANCELLED'] as const;

/** The frontend statuses a list view holds: the default view, "only flagged" or "show hidden". */
export const viewStatuses = (filters: Pick<EventListFilters, 'showHidden' | 'onlyFlagged'>): readonly string[] =>
  filters.showHidden ? ['HIDDEN'] : filters.onlyFlagged ? ['FLAGGED'] : LISTED_FRONTEND_STATUSES;

export function toListQuery(filters: EventListFilters): QueryParams {
  const q = filters.q?.trim();
  return {
    page: filters.page !== undefined && filters.page >= 1 ? Math.trunc(filters.page) : undefined,
    limit: filters.limit !== undefined ? clampLimit(filters.limit) : undefined,
    q: q || undefined,
    since: filters.since,
    until: filters.until,
    status: filters.status,
    frontend_status: [...viewStatuses(filters)],
    flagged_to_top: pinsFlagged(filters) || undefined,
    city: filters.city,
    vh: filters.vh,
    category: filters.category,
    campaign_status: filters.campaignStatus,
    include_archived: trueOrOmit(filters.includeArchived),
    campaigns: trueOrOmit(filters.campaigns),
    sort: filters.sort,
  };
}
