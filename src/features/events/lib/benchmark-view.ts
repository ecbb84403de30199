import { benchmarkComparison, type BenchmarkComparison } from '@/lib/benchmark';
import type { Day } from '@/lib/dates';
import { isEventOver } from '@/lib/event-day';
import type { Event } from '@/lib/schemas/event';

export interface BenchmarkView {
  /** The event has taken place (`isEventOver`, as on the event page). */
  over: boolean;
  /**
   * What the list says (cell, CSV, counts): once the event is over, its result (sold vs similar
   * events) when the event carries the share sold; otherwise, and before, the forecast. Null
   * without a prediction or a result. Fractions: the fetchers normalise percents.
   */
  comparison: BenchmarkComparison | null;
}

/** An event's demand benchmark as the lists show it, by the event page's rule (`benchmarkComparison`). */
export function benchmarkView(e: Pick<Event, 'benchmark' | 'start_date_time'>, today: Day, timeZone: string): BenchmarkView {
  const over = isEventOver(e.start_date_time, today, timeZone);
  return { over, comparison: benchmarkComparison(e.benchmark, over) };
}

const WORDS = {
  forecast: { above: 'Above', below: 'Below', even: 'On par' },
  result: { above: 'Sold above', below: 'Sold below', even: 'Sold on par' },
  /** a past event whose share sold the list does not carry */
  pastForecast: { above: 'Forecast above', below: 'Forecast below', even: 'Forecast on par' },
} as const;

/**
 * The comparison in the list's words ("Above", "Sold below", "Forecast on par"): the forecast
 * until the event is over, then the result; a past event without the share sold keeps its
 * forecast, marked "Forecast" (alone when there is no direction) so it does not pass for the
 * result. Null when there is nothing to say. The list cell and the Excel export both say this.
 */
export function benchmarkWord({ over, comparison: c }: BenchmarkView): string | null {
  if (!c) return null;
  const words = over && c.basis === 'forecast' ? 'pastForecast' : c.basis;
  if (c.direction) return WORDS[words][c.direction];
  return words === 'pastForecast' ? 'Forecast' : null;
}
