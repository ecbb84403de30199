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
