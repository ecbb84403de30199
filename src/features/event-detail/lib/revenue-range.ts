import { addDays, daysBetween, type Day } from '@/lib/dates';
import type { EventDetailSearch, RevenueRangePreset } from './search';

export interface ResolvedRange {
  /** YYYY-MM-DD, inclusive */
  start: Day;
  /** YYYY-MM-DD, inclusive */
  end: Day;
  /** the preset actually applied ('custom' only when the custom ends were valid) */
  preset: RevenueRangePreset;
  days: number;
}

const PRESET_DAYS: Record<Exclude<RevenueRangePreset, 'custom'>, number> = { '7d': 7, '30d': 30, '90d': 90, '365d': 365 };

export const PRESET_LABELS: Record<RevenueRangePreset, string> = {
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '365d': 'Last 12 months',
  custom: 'Custom',
};

/** Campaign results are attributed after the event: a past event's presets run this far past it. */
export const AFTER_EVENT_DAYS = 7;

/**
 * The days the daily revenue chart asks for. Presets end at the "anchor": today, or — when the
 * event is over — a week after its day (sales stop there, and campaign results arrive in the
 * days after), never later than today. A custom range needs both ends (put in order);
 * otherwise the default preset applies.
 */
export function resolveRevenueRange(
  search: Pick<EventDetailSearch, 'range' | 'from' | 'to'>,
  { today, eventDay }: { today: Day; eventDay: Day | null },
): ResolvedRange {
  if (search.range === 'custom' && search.from && search.to) {
    const [start, end] = search.from <= search.to ? [search.from, search.to] : [search.to, search.from];
    return { start, end, preset: 'custom', days: daysBetween(start, end) + 1 };
  }
  const preset = search.range === 'custom' ? '30d' : search.range;
  const afterEvent = eventDay ? addDays(eventDay, AFTER_EVENT_DAYS) : null;
  const anchor = afterEvent && afterEvent < today ? afterEvent : today;
  const days = PRESET_DAYS[preset];
  return { start: addDays(anchor, -(days - 1)), end: anchor, preset, days };
}
