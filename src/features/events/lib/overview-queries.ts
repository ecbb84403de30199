import { nextDays, today } from '@/lib/dates';
import { eventQueries } from '../api/queries';
import { MAX_PAGE_SIZE, type EventListFilters } from '../api/list-query';

/** How far ahead the overview looks: today and the 13 days after (the list's `range=next-14`). */
export const UPCOMING_DAYS = 14;

export const upcomingFilters = (timeZone: string, now = new Date()): EventListFilters => {
  const { from, to } = nextDays(today(timeZone, now), UPCOMING_DAYS);
  return { since: from, until: to, sort: 'start_date_time', page: 1, limit: MAX_PAGE_SIZE };
};

/** How many flagged events the overview lists. */
export const FLAGGED_SHOWN = 5;

/** The overview's reads (shared by its loader and its panels, so the keys match). */
export const overviewQueries = (timeZone: string, now = new Date()) => ({
  statistics: eventQueries.statistics({}),
  campaignStatistics: eventQueries.campaignStatistics(),
  /** Only its `total` is used: every flagged event, past ones included. */
  flaggedCount: eventQueries.flagged({ page: 1, limit: 1 }),
  /** The next flagged events from today on. */
  flaggedUpcoming: eventQueries.flagged({ since: today(timeZone, now), sort: 'start_date_time', page: 1, limit: FLAGGED_SHOWN }),
  upcoming: eventQueries.list(upcomingFilters(timeZone, now)),
});
