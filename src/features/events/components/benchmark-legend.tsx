import type { Day } from '@/lib/dates';
import type { Event } from '@/lib/schemas/event';
import { benchmarkView } from '../lib/benchmark-view';
import { coversPast } from '../lib/events-search';

/**
 * The list's key figure, said once in words, true for the days the list covers: upcoming events
 * are judged by their forecast, past ones by what they sold (as on the event page). A past event
 * whose share sold the list does not carry shows its forecast, and the legend says so when the
 * page has one.
 */
export function BenchmarkLegend({ days, today, timeZone, rows, byGap }: {
  /** the list's calendar days (null = open end) */
  days: { since: Day | null; until: Day | null };
  today: Day;
  timeZone: string;
  rows: readonly Event[];
  /** the list is in the "Most behind benchmark" order */
  byGap: boolean;
}) {
  const past = coversPast(days, today);
  const upcoming = days.until === null || days.until >= today;
  const pastForecast = past && rows.some((e) => {
    const view = benchmarkView(e, today, timeZone);
    return view.over && view.comparison?.basis === 'forecast';
  });
  const what = !past
    ? 'the share of capacity each event is predicted to sell'
    : !upcoming
      ? 'the share of capacity each event sold'
      : 'the share of capacity each event is predicted to sell, or for a past event the share it sold';
  return (
    <p className="muted events-list__legend">
      <strong>Demand vs benchmark</strong>: {what}, against similar events.
      {pastForecast && ' A past event whose sales are not known shows its forecast (“Forecast above”, “Forecast below”).'}
      {/* the API ranks by prediction − benchmark: for past rows that is not what their cells say */}
      {past && byGap && ' “Most behind benchmark” ranks every event by its forecast.'}
    </p>
  );
}
