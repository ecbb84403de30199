import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ChartFrame, type TableColumn } from '@/components/charts/chart-frame';
import { ChartLegend, type LegendItem } from '@/components/charts/chart-legend';
import { TimeSeriesChart } from '@/components/charts/lazy-charts';
import { niceTicks } from '@/components/charts/nice-ticks';
import { env } from '@/config/env';
import { today as todayIn } from '@/lib/dates';
import { formatCompact, formatDay, formatNumber, formatPercent, spansYears } from '@/lib/format';
import { eventDetailQueries } from '../api/queries';
import { drawsCurve, hasActual, lonePoint, hasBand, hasBenchmark, hasPrediction, inUnit, salesChartRows, salesDomainMax, salesSummary, todayMarker, toShareRows, type SalesRow } from '../lib/sales-graph';
import { withSalesUnit, type SalesUnit } from '../lib/search';
import { chartPlaceholder, pendingSummary } from './panel';
import { Segmented } from './segmented';
import { useEventOver } from './use-event-over';
import { useDetailSearch } from './use-detail-search';

const TITLE = 'Sales vs prediction';
const HEIGHT = 300;
const COLORS = { actual: 'var(--series-actual)', benchmark: 'var(--series-benchmark)', prediction: 'var(--series-prediction)' };
const CURVES = [
  { key: 'actual', label: 'Sold', kind: 'line' },
  { key: 'benchmark', label: 'Similar events', kind: 'dashed' },
  { key: 'prediction', label: 'Prediction', kind: 'dashed' },
] as const;

/** Cumulative sales as a share of capacity (or tickets): actual, similar events, prediction with its band. */
export function SalesChart({ eid, capacity }: { eid: string; capacity: number | null }) {
  const query = useQuery(eventDetailQueries.salesGraph(eid));
  const [search, setSearch] = useDetailSearch();
  const unit: SalesUnit = capacity ? search.unit : 'share';
  const today = todayIn(env.partnerTimeZone);
  const over = useEventOver(eid);
  const shares = useMemo(() => (query.data ? toShareRows(query.data.sales) : []), [query.data]);
  const rows = useMemo(() => inUnit(shares, unit, capacity), [shares, unit, capacity]);

  const toolbar = (
    <Segmented
      label="Show sales as"
      value={unit}
      options={[{ value: 'share', label: '% of capacity' }, { value: 'tickets', label: 'Tickets' }]}
      disabled={capacity ? [] : ['tickets']}
      onChange={(u) => setSearch((s) => withSalesUnit(s, u))}
    />
  );
  const tickets = unit === 'tickets' && capacity !== null;
  const full = tickets ? capacity : 1;
  const fmt = (v: number | null) => (tickets ? formatNumber(v) : formatPercent(v));
  // only curves with data are drawn, and the legend, table and tooltip list only those
  const actual = hasActual(rows);
  const benchmark = hasBenchmark(rows);
  const band = hasBand(rows);
  const prediction = hasPrediction(rows);
  const todayX = todayMarker(rows, today);
  const drawn = salesChartRows(rows, todayX);
  const yearsSpanned = spansYears(rows[0]?.date, rows.at(-1)?.date);
  const yTicks = niceTicks(salesDomainMax(drawn, full), tickets ? 5 : 4);
  // a curve of one point (the prediction of an event held today) is a marker, not a line; the
  // legend names what is drawn, each as it is drawn
  const lone = CURVES.flatMap((c) => { const p = lonePoint(drawn, c.key); return p ? [{ ...c, ...p }] : []; });
  const legend: LegendItem[] = [
    ...CURVES.flatMap((c): LegendItem[] => {
      if (drawsCurve(drawn, c.key)) return [{ label: c.label, color: COLORS[c.key], kind: c.kind }];
      return lone.some((p) => p.key === c.key) ? [{ label: c.label, color: COLORS[c.key], kind: 'marker' }] : [];
    }),
    ...(drawsCurve(drawn, 'low') ? [{ label: 'Prediction range', color: COLORS.prediction, kind: 'band' as const }] : []),
    { label: tickets ? 'Capacity' : `${formatPercent(1)} of capacity`, color: 'var(--muted)', kind: 'rule' },
  ];
  const columns: TableColumn<SalesRow>[] = [
    { key: 'date', label: 'Date', render: (r) => formatDay(r.date) },
    { key: 'actual', label: 'Sold', align: 'end', render: (r) => fmt(r.actual) },
    ...(benchmark ? [{ key: 'benchmark', label: 'Similar events', align: 'end' as const, render: (r: SalesRow) => fmt(r.benchmark) }] : []),
    ...(prediction ? [{ key: 'prediction', label: 'Prediction', align: 'end' as const, render: (r: SalesRow) => fmt(r.prediction) }] : []),
    ...(band ? [{ key: 'range', label: 'Prediction range', align: 'end' as const, render: (r: SalesRow) => (r.low === null ? '—' : `${fmt(r.low)} – ${fmt(r.high)}`) }] : []),
  ];

  return (
    <ChartFrame
      title={TITLE}
      summary={!query.data ? pendingSummary(query) : rows.length ? salesSummary(rows, fmt, tickets ? ' tickets' : ' of capacity', { over }) : 'There is no sales graph for this event yet.'}
      placeholder={chartPlaceholder(query, HEIGHT, 'the sales graph')}
      height={HEIGHT}
      toolbar={toolbar}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.date}
      busy={query.isFetching}
      footer={<ChartLegend items={legend} label="Sales chart legend" />}
    >
      <TimeSeriesChart
        data={drawn as unknown as Record<string, unknown>[]}
        xKey="date"
        xDays
        series={[
          ...(actual ? [{ key: 'actual', label: 'Sold', color: COLORS.actual }] : []),
          ...(benchmark ? [{ key: 'benchmark', label: 'Similar events', color: COLORS.benchmark, dashed: true }] : []),
          ...(prediction ? [{ key: 'prediction', label: 'Prediction', color: COLORS.prediction, dashed: true }] : []),
        ]}
        {...(band ? { band: { low: 'low', high: 'high', label: 'Prediction range', color: COLORS.prediction } } : {})}
        refLines={[
          { axis: 'y', value: full, label: tickets ? `Capacity ${formatNumber(capacity)}` : `${formatPercent(1)} of capacity` },
          ...(todayX ? [{ axis: 'x' as const, value: todayX, label: 'Today', color: 'var(--text)' }] : []),
        ]}
        markers={lone.map((p) => ({ x: p.date, y: p.value, label: p.label, color: COLORS[p.key] }))}
        yDomain={[0, yTicks.at(-1) ?? full]}
        yTicks={yTicks}
        yFormat={(v) => (tickets ? formatCompact(v) : formatPercent(v))}
        valueFormat={fmt}
        xFormat={(x) => formatDay(x, { short: true, year: yearsSpanned })}
        tooltipLabel={(x) => formatDay(x)}
      />
    </ChartFrame>
  );
}
