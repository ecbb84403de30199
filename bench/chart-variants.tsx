import { useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { eventDetailQueries } from '@/features/event-detail/api/queries';
import type { DailyRevenueDay } from '@/features/event-detail/api/schemas';
import { DailyRevenueChart } from '@/features/event-detail/components/daily-revenue-chart';
import { fillDays, type DayRow } from '@/features/event-detail/lib/daily-revenue';
import { addDays } from '@/lib/dates';
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

const EID = 'evt_bench';
const CURRENCY = 'EUR';

/**
 * The event-detail daily revenue chart itself (DailyRevenueChart, as the page renders it) with
 * a custom range of `raw`'s days in the URL and the answer already in the query cache: "data
 * ready" is the cache holding it, so the timed render is everything the component does from
 * there (fill days, markers, downsampling, frame, legend, the lazy TimeSeriesChart).
 */
export function OurDailyRevenue({ raw }: { raw: RawDaily }) {
  const [client] = useState(() => {
    const qc = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    const range = { start: raw.start, end: raw.end, currency: CURRENCY };
    qc.setQueryData(eventDetailQueries.dailyRevenue(EID, range).queryKey, { currency: CURRENCY, days: raw.days, manual_adjustments: raw.adjustments, requested: range });
    return qc;
  });
  const [router] = useState(() => createMemoryRouter(
    [{ path: '/', element: <div className="event-detail"><DailyRevenueChart eid={EID} currency={CURRENCY} eventDay={null} /></div> }],
    { initialEntries: [`/?range=custom&from=${raw.start}&to=${raw.end}`] },
  ));
  return <QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>;
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
