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

const LABELS_TO_TODAY: Record<RevenueRangePreset, string> = {
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '365d': 'Last 12 months',
  custom: 'Custom',
};

// "Last 30 days" would read as the 30 days before today, which these are not
const LABELS_TO_AFTER_EVENT: Record<RevenueRangePreset, string> = {
  '7d': 'The week after the event',
  '30d': '30 days, ending a week after the event',
  '90d': '90 days, ending a week after the event',
  '365d': '12 months, ending a week after the event',
  custom: 'Custom',
};

/** Campaign results are attributed after the event: a past event's presets run this far past it. */
export const AFTER_EVENT_DAYS = 7;

interface RangeContext { today: Day; eventDay: Day | null }

/** Where the presets end: a week after the event once that day is past, else today. */
function presetAnchor({ today, eventDay }: RangeContext): { day: Day; afterEvent: boolean } {
  const afterEvent = eventDay ? addDays(eventDay, AFTER_EVENT_DAYS) : null;
  return afterEvent && afterEvent < today ? { day: afterEvent, afterEvent: true } : { day: today, afterEvent: false };
}

/** The presets' names as they apply to this event: they say where the range ends. */
export const presetLabels = (context: RangeContext): Record<RevenueRangePreset, string> =>
  presetAnchor(context).afterEvent ? LABELS_TO_AFTER_EVENT : LABELS_TO_TODAY;

/**
 * The days the daily revenue chart asks for. Presets end at the "anchor": today, or — when the
 * event is over — a week after its day (sales stop there, and campaign results arrive in the
 * days after), never later than today. A custom range needs both ends (put in order, and
 * ending today at the latest, as one from an address may not); otherwise the default preset applies.
 */
export function resolveRevenueRange(
  search: Pick<EventDetailSearch, 'range' | 'from' | 'to'>,
  context: RangeContext,
): ResolvedRange {
  if (search.range === 'custom' && search.from && search.to) {
    const [first, last] = search.from <= search.to ? [search.from, search.to] : [search.to, search.from];
    // sales are known up to today (as the picker says): days after it would draw as sales of 0
    const end = last < context.today ? last : context.today;
    const start = first < end ? first : end;
    return { start, end, preset: 'custom', days: daysBetween(start, end) + 1 };
  }
  const preset = search.range === 'custom' ? '30d' : search.range;
  const anchor = presetAnchor(context).day;
  const days = PRESET_DAYS[preset];
  return { start: addDays(anchor, -(days - 1)), end: anchor, preset, days };
}
