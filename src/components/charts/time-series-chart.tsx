import {
  Area, Bar, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from 'recharts';
import { useState } from 'react';
import { estimateTextWidth, yAxisWidth } from './axis-width';
import { dayTicks } from './day-ticks';
import type { Formatter, Marker, RefLine, SeriesSpec } from './chart-types';

type Row = Record<string, unknown>;

const MARKER_COLOR = 'var(--marker, var(--below))';
const AXIS_FONT_SIZE = 12;
/** without explicit ticks the labels are not known before drawing: room for "€150,000" */
const DEFAULT_Y_AXIS_WIDTH = 64;

/** A diamond, so markers differ from line points by shape as well as colour. */
function Diamond({ cx, cy, fill }: { cx?: number; cy?: number; fill?: string }) {
  if (cx === undefined || cy === undefined) return <g />;
  return <path d={`M${cx} ${cy - 7} L${cx + 7} ${cy} L${cx} ${cy + 7} L${cx - 7} ${cy} Z`} fill={fill} stroke="var(--surface)" strokeWidth={1.5} />;
}

const MARGIN = { top: 12, right: 24, bottom: 0, left: 4 };
/** the least room between two x labels, as recharts' default minTickGap */
const X_LABEL_GAP = 28;

/**
 * Even day ticks (see dayTicks), as many as the plot's width holds without labels colliding:
 * the widest label is estimated from the first and last day (labels differ little in length).
 */
function evenDayTicks(days: readonly string[], width: number, yAxis: number, xFormat: (x: string) => string): string[] {
  const plot = width - yAxis - MARGIN.left - MARGIN.right;
  const label = Math.max(...[days[0], days.at(-1)].map((d) => (d === undefined ? 0 : estimateTextWidth(xFormat(d), AXIS_FONT_SIZE))));
  return dayTicks(days, Math.max(1, Math.floor(plot / (label + X_LABEL_GAP))));
}

/** How many x values at most are offered as tick labels (recharts measures each offered label's text). */
const X_TICK_CANDIDATES = 24;

/**
 * Every k-th x value (first and last kept) as tick candidates: recharts then measures two dozen
 * labels to place them, not one per row (one forced layout each: ~100 ms for a year at 4× CPU).
 */
function xTickCandidates(data: readonly Row[], xKey: string): string[] | undefined {
  if (data.length <= X_TICK_CANDIDATES) return undefined;
  const step = Math.ceil(data.length / X_TICK_CANDIDATES);
  const ticks: string[] = [];
  for (let i = 0; i < data.length; i += step) ticks.push(String(data[i]?.[xKey]));
  const last = String(data.at(-1)?.[xKey]);
  if (ticks.at(-1) !== last) ticks.push(last);
  return ticks;
}

/**
 * A time series drawn for speed: no animation, no dots, one SVG path per series; the caller
 * downsamples long data. Optional band (low/high keys), reference lines and markers;
 * `tooltipExtra` adds a line about a row (e.g. what a marker on that day stands for).
 */
export default function TimeSeriesChart({ data, xKey, xDays = false, series, band, refLines = [], markers = [], yFormat, valueFormat = yFormat, xFormat, tooltipLabel, tooltipExtra, yDomain, yTicks }: {
  data: readonly Row[];
  xKey: string;
  /** x values are consecutive days (YYYY-MM-DD): ticks fall at one even step, as many as fit */
  xDays?: boolean;
  series: SeriesSpec[];
  band?: { low: string; high: string; label: string; color: string };
  refLines?: RefLine[];
  markers?: Marker[];
  yFormat: Formatter;
  /** a value in the tooltip, exact where the axis abbreviates ("2,481 tickets", not "2.5k"); the axis's format by default */
  valueFormat?: Formatter;
  xFormat: (x: string) => string;
  tooltipLabel?: (x: string) => string;
  tooltipExtra?: (row: Row) => string | null | undefined;
  yDomain?: [number | 'auto', number | 'auto'];
  /** explicit y ticks (see niceTicks); the last one should be the domain's top. The y axis is as wide as their longest label. */
  yTicks?: number[];
}) {
  // the container's width, for as many even day ticks as fit (null until measured)
  const [width, setWidth] = useState<number | null>(null);
  const yAxis = yTicks ? yAxisWidth(yTicks.map(yFormat), AXIS_FONT_SIZE) : DEFAULT_Y_AXIS_WIDTH;
  const xTicks = xDays && width !== null
    ? evenDayTicks(data.map((row) => String(row[xKey])), width, yAxis, xFormat)
    : xTickCandidates(data, xKey);
  return (
    <ResponsiveContainer width="100%" height="100%" onResize={xDays ? (w) => setWidth(w) : undefined}>
      {/* the plot is aria-hidden (the frame's table is the accessible view): no focusable layer inside it */}
      <ComposedChart data={data as Row[]} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        {/* even day ticks are all shown (they were chosen to fit); other candidates recharts thins out */}
        <XAxis dataKey={xKey} ticks={xTicks} interval={xDays && width !== null ? 0 : 'preserveEnd'} tickFormatter={xFormat} minTickGap={X_LABEL_GAP} stroke="var(--muted)" fontSize={AXIS_FONT_SIZE} />
        <YAxis
          tickFormatter={yFormat}
          width={yAxis}
          stroke="var(--muted)"
          fontSize={AXIS_FONT_SIZE}
          domain={yDomain ?? ['auto', 'auto']}
          ticks={yTicks}
          interval={yTicks ? 0 : 'preserveEnd'}
        />
        <Tooltip
          isAnimationActive={false}
          separator=": "
          labelFormatter={(x, payload) => {
            const label = (tooltipLabel ?? xFormat)(String(x));
            const row = payload?.[0]?.payload as Row | undefined;
            const extra = row && tooltipExtra?.(row);
            return extra ? <>{label}<br /><span style={{ color: MARKER_COLOR }}>◆ {extra}</span></> : label;
          }}
          formatter={(v, name) => [Array.isArray(v) ? v.map((n) => valueFormat(Number(n))).join(' – ') : valueFormat(Number(v)), name]}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)', fontSize: 13 }}
        />
        {band && (
          <Area
            dataKey={(row: Row) => (row[band.low] == null || row[band.high] == null ? null : [row[band.low], row[band.high]])}
            name={band.label}
            stroke="none"
            fill={band.color}
            fillOpacity={0.2}
            isAnimationActive={false}
            activeDot={false}
          />
        )}
        {series.map((s) => {
          if (s.kind === 'bar') return <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} maxBarSize={24} />;
          if (s.kind === 'area') return <Area key={s.key} dataKey={s.key} name={s.label} stroke={s.color} fill={s.color} fillOpacity={0.12} dot={false} isAnimationActive={false} />;
          return <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} strokeDasharray={s.dashed ? '6 4' : undefined} dot={false} activeDot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />;
        })}
        {refLines.map((r) => (
          <ReferenceLine
            key={`${r.axis}-${r.value}`}
            {...(r.axis === 'x' ? { x: r.value } : { y: r.value })}
            stroke={r.color ?? 'var(--muted)'}
            strokeDasharray="4 4"
            ifOverflow="extendDomain"
            // a y line's label goes under it: above, a line at the axis top (100 % of capacity) had its label cut by the plot's edge
            label={{ value: r.label, fill: r.color ?? 'var(--muted)', fontSize: 11, position: r.axis === 'x' ? 'insideTopRight' : 'insideTopLeft' }}
          />
        ))}
        {markers.map((m) => (
          <ReferenceDot key={`${m.x}-${m.label}`} x={m.x} y={m.y} r={7} fill={m.color ?? MARKER_COLOR} shape={<Diamond />} ifOverflow="extendDomain" />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
