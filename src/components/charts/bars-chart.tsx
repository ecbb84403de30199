import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Formatter } from './chart-types';

/** A compact horizontal bar chart (one bar per category). */
export default function BarsChart({ data, labelKey, valueKey, valueLabel, format, color = 'var(--accent)', domain, labelWidth = 140 }: {
  data: readonly Record<string, unknown>[];
  labelKey: string;
  valueKey: string;
  valueLabel: string;
  format: Formatter;
  color?: string;
  /** value axis range, e.g. [0, 1] for shares; default from the data */
  domain?: [number, number];
  labelWidth?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      {/* the plot is aria-hidden (the frame's table is the accessible view): no focusable layer inside it */}
      <BarChart data={data as Record<string, unknown>[]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={format} stroke="var(--muted)" fontSize={12} domain={domain ?? [0, 'auto']} />
        <YAxis type="category" dataKey={labelKey} width={labelWidth} stroke="var(--muted)" fontSize={12} />
        <Tooltip isAnimationActive={false} separator=": " formatter={(v) => [format(Number(v)), valueLabel]} contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} />
        <Bar dataKey={valueKey} name={valueLabel} fill={color} isAnimationActive={false} maxBarSize={28} />
      </BarChart>
    </ResponsiveContainer>
  );
}
