import {
  Area, Bar, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from 'recharts';
import type { Formatter, Marker, RefLine, SeriesSpec } from './chart-types';

type Row = Record<string, unknown>;

/**
 * A time series drawn for speed: no animation, no dots, one SVG path per series; the caller
 * downsamples long data. Optional band (low/high keys), reference lines and markers.
 */
export default function TimeSeriesChart({ data, xKey, series, band, refLines = [], markers = [], yFormat, xFormat, tooltipLabel, yDomain }: {
  data: readonly Row[];
  xKey: string;
  series: SeriesSpec[];
  band?: { low: string; high: string; label: string; color: string };
  refLines?: RefLine[];
  markers?: Marker[];
  yFormat: Formatter;
  xFormat: (x: string) => string;
  tooltipLabel?: (x: string) => string;
  yDomain?: [number | 'auto', number | 'auto'];
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data as Row[]} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={xKey} tickFormatter={xFormat} minTickGap={28} stroke="var(--muted)" fontSize={12} />
        <YAxis tickFormatter={yFormat} width={64} stroke="var(--muted)" fontSize={12} domain={yDomain ?? ['auto', 'auto']} />
        <Tooltip
          isAnimationActive={false}
          labelFormatter={(x) => (tooltipLabel ?? xFormat)(String(x))}
          formatter={(v, name) => [Array.isArray(v) ? v.map((n) => yFormat(Number(n))).join(' – ') : yFormat(Number(v)), name]}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
        />
        {band && (
          <Area
            dataKey={(row: Row) => [row[band.low], row[band.high]]}
            name={band.label}
            stroke="none"
            fill={band.color}
            fillOpacity={0.18}
            isAnimationActive={false}
            connectNulls
          />
        )}
        {series.map((s) => {
          if (s.kind === 'bar') return <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />;
          if (s.kind === 'area') return <Area key={s.key} dataKey={s.key} name={s.label} stroke={s.color} fill={s.color} fillOpacity={0.12} dot={false} isAnimationActive={false} />;
          return <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} strokeDasharray={s.dashed ? '6 4' : undefined} dot={false} activeDot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />;
        })}
        {refLines.map((r) => (
          <ReferenceLine key={`${r.axis}-${r.value}`} {...(r.axis === 'x' ? { x: r.value } : { y: r.value })} stroke="var(--muted)" strokeDasharray="4 4" label={{ value: r.label, fill: 'var(--muted)', fontSize: 11, position: r.axis === 'x' ? 'insideTopRight' : 'insideTopLeft' }} />
        ))}
        {markers.map((m) => (
          <ReferenceDot key={`${m.x}-${m.label}`} x={m.x} y={m.y} r={6} fill="var(--below)" stroke="var(--surface)" strokeWidth={2} label={{ value: '◆', position: 'top', fill: 'var(--below)', fontSize: 10 }} />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
