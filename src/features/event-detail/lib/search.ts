import { defineSearch, field, type SearchOf } from '@/lib/search-params';

export const REVENUE_RANGES = ['7d', '30d', '90d', '365d', 'custom'] as const;
export type RevenueRangePreset = (typeof REVENUE_RANGES)[number];
export const DAILY_METRICS = ['revenue', 'tickets'] as const;
export type DailyMetric = (typeof DAILY_METRICS)[number];
export const SALES_UNITS = ['share', 'tickets'] as const;
export type SalesUnit = (typeof SALES_UNITS)[number];

/**
 * The event page's URL state (architecture rule 5): the daily chart's range (preset or custom
 * from/to) and metric, and the sales chart's unit. Defaults are omitted from the URL.
 */
export const eventDetailSearch = defineSearch({
  range: field.oneOf(REVENUE_RANGES, '30d'),
  from: field.day(),
  to: field.day(),
  daily: field.oneOf(DAILY_METRICS, 'revenue'),
  unit: field.oneOf(SALES_UNITS, 'share'),
});
export type EventDetailSearch = SearchOf<typeof eventDetailSearch.fields>;

/** A preset range drops any custom from/to. */
export const withPreset = (state: EventDetailSearch, range: Exclude<RevenueRangePreset, 'custom'>): EventDetailSearch => ({
  ...state,
  range,
  from: null,
  to: null,
});

/** A custom range; the ends are put in order. */
export function withCustomRange(state: EventDetailSearch, from: string, to: string): EventDetailSearch {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return { ...state, range: 'custom', from: a, to: b };
}

export const withDailyMetric = (state: EventDetailSearch, daily: DailyMetric): EventDetailSearch => ({ ...state, daily });
export const withSalesUnit = (state: EventDetailSearch, unit: SalesUnit): EventDetailSearch => ({ ...state, unit });
