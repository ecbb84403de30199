import { useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ChartFrame, type TableColumn } from '@/components/charts/chart-frame';
import { ChartLegend } from '@/components/charts/chart-legend';
import { TimeSeriesChart } from '@/components/charts/lazy-charts';
import { niceTicks } from '@/components/charts/nice-ticks';
import { env } from '@/config/env';
import { today as todayIn } from '@/lib/dates';
import { COMPACT_MONEY_FROM, formatCompact, formatCount, formatDay, formatDayRange, formatMoney, formatMonth, formatNumber, spansYears, withCurrency } from '@/lib/format';
import { eventDetailQueries } from '../api/queries';
import { adjustmentMarkers, barOf, barPeriodLabel, chartBars, dailyTotals, fillDays, type AdjustmentMarker, type BarRow, type DayRow } from '../lib/daily-revenue';
import { presetLabels, resolveRevenueRange } from '../lib/revenue-range';
import { withCustomRange, withDailyMetric, withPreset } from '../lib/search';
import { AdjustmentList, adjustmentNote } from './adjustment-list';
import { chartPlaceholder, pendingSummary } from './panel';
import { RangePicker } from './range-picker';
import { Segmented } from './segmented';
import { useDetailSearch } from './use-detail-search';

const TITLE = 'Daily revenue';
const HEIGHT = 280;

type ChartRow = DayRow & { note: string | null };
type ChartBar = BarRow & { note: string | null };

/**
 * Revenue or tickets per day over a range from the URL, with campaign results as markers.
 * Ranges longer than MAX_DAILY_BARS days are drawn as weekly (or monthly) sums; the table
 * view keeps every day.
 */
export function DailyRevenueChart({ eid, currency, eventDay }: { eid: string; currency: string | null; eventDay: string | null }) {
  const [search, setSearch] = useDetailSearch();
  // "Widen the range" pressed: its button goes once the wider range is in, the list it shows takes the keyboard
  const [widened, setWidened] = useState(false);
  const timeZone = env.partnerTimeZone;
  const today = todayIn(timeZone);
  const range = resolveRevenueRange(search, { today, eventDay });
  const labels = presetLabels({ today, eventDay });
  const query = useQuery({
    ...eventDetailQueries.dailyRevenue(eid, { start: range.start, end: range.end, currency: currency ?? undefined }),
    // a new range keeps the old chart (marked busy) until its data arrives: no flash, no lost focus
    placeholderData: keepPreviousData,
  });
  const metric = search.daily;
  const money = query.data?.currency ?? currency;
  // the range of the data on screen (the previous one while a new range loads)
  const shown = query.data?.requested ?? range;

  const rows = useMemo(() => (query.data ? fillDays(query.data.days, shown.start, shown.end) : []), [query.data, shown.start, shown.end]);
  const marks = useMemo(
    () => adjustmentMarkers(query.data?.manual_adjustments ?? [], rows, { timeZone, metric }),
    [query.data, rows, timeZone, metric],
  );

  const toolbar = (
    <>
      <RangePicker
        range={range}
        labels={labels}
        today={today}
        onPreset={(p) => setSearch((s) => withPreset(s, p))}
        onCustom={(from, to) => setSearch((s) => withCustomRange(s, from, to))}
      />
      <Segmented
        label="Show"
        value={metric}
        options={[{ value: 'revenue', label: 'Revenue' }, { value: 'tickets', label: 'Tickets' }]}
        onChange={(m) => setSearch((s) => withDailyMetric(s, m))}
      />
    </>
  );
  const byDay = new Map<string, AdjustmentMarker[]>();
  for (const m of marks.markers) byDay.set(m.date, [...(byDay.get(m.date) ?? []), m]);
  const noteOf = (ms: readonly AdjustmentMarker[] | undefined) => (ms?.length ? ms.map((m) => adjustmentNote(m, money)).join('; ') : null);
  const chartRows: ChartRow[] = rows.map((r) => ({ ...r, note: noteOf(byDay.get(r.date)) }));
  const { step, bars } = useMemo(() => chartBars(rows), [rows]);
  const markersByBar = new Map<string, AdjustmentMarker[]>();
  for (const m of marks.markers) {
    const bar = barOf(bars, m.date);
    if (bar) markersByBar.set(bar.date, [...(markersByBar.get(bar.date) ?? []), m]);
  }
  const drawn: ChartBar[] = bars.map((b) => ({ ...b, note: noteOf(markersByBar.get(b.date)) }));
  const totals = dailyTotals(rows, metric);
  // a result recorded after the presets' end (a manual one added today for a past event) is one click away
  const span = marks.outsideSpan;
  const showOutside = span
    ? () => {
      setWidened(true);
      setSearch((s) => withCustomRange(s, span.from < shown.start ? span.from : shown.start, span.to > shown.end ? span.to : shown.end));
    }
    : undefined;
  const yTicks = niceTicks(Math.max(0, ...drawn.map((r) => r[metric])), 4);
  const period = formatDayRange(shown.start, shown.end);
  const summed = step === 'day' ? '' : ` Bars show ${step === 'week' ? 'weekly' : 'monthly'} totals.`;
  // a new range on its way: the summary says so rather than describing the old one's numbers
  const summary = !query.data ? pendingSummary(query) : query.isPlaceholderData
    ? `Loading ${formatDayRange(range.start, range.end)}…`
    : totals.best
    // the best day's figure with its unit: "(23 tickets)", not a bare "(23)"
    ? `${formatMoney(totals.revenue, money)} from ${formatCount(totals.tickets, 'ticket', 'tickets')}, ${period}; best day ${formatDay(totals.best.date)} (${metric === 'revenue' ? formatMoney(totals.best.revenue, money) : formatCount(totals.best.tickets, 'ticket', 'tickets')}).${summed}`
    : `No sales ${period}.`;
  const columns: TableColumn<ChartRow>[] = [
    { key: 'date', label: 'Date', render: (r) => formatDay(r.date) },
    { key: 'revenue', label: 'Revenue', align: 'end', render: (r) => formatMoney(r.revenue, money) },
    { key: 'tickets', label: 'Tickets', align: 'end', render: (r) => formatNumber(r.tickets) },
    { key: 'note', label: 'Campaign results', render: (r) => r.note ?? '' },
  ];

  return (
    <ChartFrame
      title={TITLE}
      summary={summary}
      height={HEIGHT}
      toolbar={toolbar}
      columns={columns}
      rows={chartRows}
      rowKey={(r) => r.date}
      busy={query.isFetching}
      stale={query.isPlaceholderData}
      placeholder={chartPlaceholder(query, HEIGHT, 'the daily revenue')}
      footer={
        <div className="daily-footer">
          <ChartLegend
            label="Daily revenue legend"
            items={[
              { label: metric === 'revenue' ? withCurrency(`Revenue per ${step}`, money) : `Tickets per ${step}`, color: 'var(--series-actual)', kind: 'bar' },
              ...(marks.markers.length ? [{ label: 'Campaign result', color: 'var(--marker)', kind: 'marker' as const }] : []),
            ]}
          />
          <AdjustmentList markers={marks.markers} outside={marks.outside} undated={marks.undated} currency={money} onShowOutside={showOutside} widened={widened} />
        </div>
      }
    >
      <TimeSeriesChart
        data={drawn as unknown as Record<string, unknown>[]}
        xKey="date"
        series={[{ key: metric, label: metric === 'revenue' ? 'Revenue' : 'Tickets', color: 'var(--series-actual)', kind: 'bar' }]}
        markers={marks.markers.flatMap((m) => {
          const bar = barOf(drawn, m.date);
          return bar ? [{ x: bar.date, y: bar[metric], label: m.id, color: 'var(--marker)' }] : [];
        })}
        // all zero: the zero line at the bottom of a plot that keeps its height
        yDomain={[0, yTicks.at(-1) || 1]}
        yTicks={yTicks}
        // one axis, one style: when its top is abbreviated ("CHF 150K"), so is every tick ("CHF 50K", not "CHF 50,000")
        yFormat={(v) => (metric === 'revenue' ? formatMoney(v, money, { short: true, compactFrom: (yTicks.at(-1) ?? 0) >= COMPACT_MONEY_FROM ? 1000 : COMPACT_MONEY_FROM }) : formatCompact(v))}
        valueFormat={(v) => (metric === 'revenue' ? formatMoney(v, money) : formatNumber(v))}
        // a long range spans years: its ticks say month and year
        xFormat={(x) => (step === 'day' ? formatDay(x, { short: true, year: spansYears(shown.start, shown.end) }) : formatMonth(x, { short: true }))}
        tooltipLabel={(x) => { const bar = barOf(drawn, x); return bar ? barPeriodLabel(bar, step) : formatDay(x); }}
        tooltipExtra={(row) => (typeof row.note === 'string' ? row.note : null)}
      />
    </ChartFrame>
  );
}
