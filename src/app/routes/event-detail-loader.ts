import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { env } from '@/config/env';
import { session } from '@/lib/api';
import { today, type Day } from '@/lib/dates';
import { attributionQueries } from '@/features/attribution/api/queries';
import { partnerQueries } from '@/features/auth/api/auth';
import { eventDetailQueries } from '@/features/event-detail/api/queries';
import { eventDayOf } from '@/lib/event-day';
import { resolveRevenueRange } from '@/features/event-detail/lib/revenue-range';
import { eventDetailSearch } from '@/features/event-detail/lib/search';

/** The event's day in the partner's time zone (null for an unreadable date). */
export const eventDay = (iso: string) => eventDayOf(iso, env.partnerTimeZone);

/**
 * Every panel's request starts at once; only the event itself is awaited (an unknown id is a
 * 404 → the not-found page). The daily revenue needs the event's currency (else the partner's).
 * In the route object, so the requests start while the page module downloads.
 */
export const eventDetailLoader = (queryClient: QueryClient) => async ({ params, request }: LoaderFunctionArgs) => {
  const eid = params.eid ?? '';
  const q = eventDetailQueries;
  // asked first: the title is the page's largest paint, and browsers send 6 requests per host at a time
  const eventRead = queryClient.ensureQueryData(q.detail(eid));
  void queryClient.prefetchQuery(q.kpis(eid));
  void queryClient.prefetchQuery(q.attributionModel(eid));
  void queryClient.prefetchQuery(q.benchmark(eid));
  void queryClient.prefetchQuery(q.salesGraph(eid));
  void queryClient.prefetchQuery(q.tickets(eid));
  void queryClient.prefetchQuery(q.series(eid));
  void queryClient.prefetchQuery(q.clusters(eid));
  const partnerId = session.get()?.partnerId;
  // the ROAS tile's hint names the attributed revenue, the sum of these rows
  if (partnerId) void queryClient.prefetchQuery(attributionQueries.campaignResults({ eid, partnerId }));
  // the partner's day needs the zone's calendar data, slow the first time: done while the event is on its way
  const todayDay = new Promise<Day>((resolve) => setTimeout(() => resolve(today(env.partnerTimeZone)), 0));
  const event = await eventRead;
  let currency = event.currency;
  if (!currency && partnerId) currency = (await queryClient.ensureQueryData(partnerQueries.current(partnerId)).catch(() => null))?.currency ?? null;
  const search = eventDetailSearch.parse(new URL(request.url).searchParams);
  const range = resolveRevenueRange(search, { today: await todayDay, eventDay: eventDay(event.start_date_time) });
  void queryClient.prefetchQuery(q.dailyRevenue(eid, { start: range.start, end: range.end, currency: currency ?? undefined }));
  return null;
};
