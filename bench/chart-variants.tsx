import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import TimeSeriesChart from '@/components/charts/time-series-chart';
import type { DailyRevenueDay } from '@/features/event-detail/api/schemas';
import { adjustmentMarkers, dailyChartRows, fillDays, type DayRow } from '@/features/event-detail/lib/daily-revenue';
import { addDays } from '@/lib/dates';
import { formatDay, formatMoney } from '@/lib/format';
import type { CampaignResult } from '@/lib/schemas/campaign-result';

/** What GET /daily_revenue_summary/ answers for `days` days up to END (some days left out). */
export interface RawDaily { start: string; end: string; days: DailyRevenueDay[]; adjustments: CampaignResult[] }

const END = '2026-11-20';

/** Deterministic (seeded) daily sales with weekly and yearly rhythm; ~12 % of days missing (no sales). */
export function syntheticDaily(n: number): RawDaily {
  let seed = 42 + n;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const start = addDays(END, -(n - 1));
  const days: DailyRevenueDay[] = [];
  for (let i = 0; i < n; i++) {
    if (rnd() < 0.12) continue;
    const season = 1 + 0.5 * Math.sin((i / 365) * 2 * Math.PI) + (i % 7 >= 5 ? 0.6 : 0);
    const tickets = Math.round(season * (10 + rnd() * 40));
    days.push({ date: addDays(start, i), revenue: tickets * 45 + Math.round(rnd() * 100), tickets });
  }
  const adjustments: CampaignResult[] = [0.3, 0.6, 0.9].map((f, i) => ({
    id: `cr_${i}`, eid: 'evt_bench', partner_id: 'partner-id-acme', purchase: 40 + i, revenue: 1800 + i * 100,
    created_at: `${addDays(start, Math.floor(n * f))}T10:00:00Z`, source: 'automated',
  }));
  return { start, end: END, days, adjustments };
}

const TZ = 'Europe/Berlin';
const CURRENCY = 'EUR';

/**
 * The event-detail daily revenue chart's drawing path, as DailyRevenueChart does it with
 * the metric "revenue": fill missing days, place campaign-result markers, downsample
 * (dailyChartRows, marker days kept), then TimeSeriesChart with one bar series.
 * The shaping runs inside the timed render, as in the app.
 */
export function OurDailyRevenue({ raw }: { raw: RawDaily }) {
  const rows = useMemo(() => fillDays(raw.days, raw.start, raw.end), [raw]);
  const marks = useMemo(() => adjustmentMarkers(raw.adjustments, rows, { timeZone: TZ, metric: 'revenue' }), [raw, rows]);
  const markerDays = new Set(marks.markers.map((m) => m.date));
  const drawn = dailyChartRows(rows, 'revenue', markerDays);
  return (
    <TimeSeriesChart
      data={drawn as unknown as Record<string, unknown>[]}
      xKey="date"
      series={[{ key: 'revenue', label: 'Revenue', color: 'var(--series-actual)', kind: 'bar' }]}
      markers={marks.markers.map((m) => ({ x: m.date, y: m.y, label: m.id, color: 'var(--marker)' }))}
      yDomain={[0, 'auto']}
      yFormat={(v) => formatMoney(v, CURRENCY, { short: true })}
      xFormat={(x) => formatDay(x, { short: true })}
      tooltipLabel={(x) => formatDay(x)}
    />
  );
}

/** The same (already filled) rows in a plain recharts LineChart with every default left on. */
export function PlainLineChart({ rows }: { rows: readonly DayRow[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows as DayRow[]}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" />
        <YAxis />
        <Tooltip />
        <Line dataKey="revenue" stroke="#1f6feb" />
      </LineChart>
    </ResponsiveContainer>
  );
}

export const filledRows = (raw: RawDaily) => fillDays(raw.days, raw.start, raw.end);
