/**
 * Event series (campaign_event_series): siblings, linking/unlinking (query strings, repeated
 * `event_series` keys, symmetric on both events) and candidates to add. Decisions [ours]: an
 * `event_series` id that is unknown, another partner's or the event itself is a 400 with
 * validation_errors; candidates are the partner's other events not yet linked, by start date.
 */
import { http } from 'msw';
import { allRecords, findRecord, linkSeries } from '../db/events';
import { eventAnswer } from '../db/sales-graph';
import { mockOptions } from '../db/store';
import { matchesSearch } from '../lib/search-fold';
import { MAIN, json, noContent, paginate, validationError, type ValidationErrorBody } from './http';
import { eventRoute } from './events';

function seriesIds(url: URL, partnerId: string, eid: string): string[] | ValidationErrorBody[] {
  const ids = url.searchParams.getAll('event_series').filter(Boolean);
  if (ids.length === 0) return [{ code: 'required', field: 'event_series' }];
  const errors = ids.flatMap((id, row): ValidationErrorBody[] =>
    id === eid ? [{ code: 'self_reference', field: 'event_series', row }]
      : findRecord(partnerId, id) ? [] : [{ code: 'not_found', field: 'event_series', row, message: id }]);
  return errors.length ? errors : ids;
}

const write = (link: boolean) =>
  eventRoute(({ partnerId, eid, url }) => {
    const ids = seriesIds(url, partnerId, eid);
    if (ids.some((x) => typeof x !== 'string')) return validationError(ids as ValidationErrorBody[]);
    linkSeries(partnerId, eid, ids as string[], link);
    return noContent();
  });

export const seriesHandlers = [
  http.get(`${MAIN}/events/:eid/series`, eventRoute(({ partnerId, url, record }) => {
    const siblings = record.row.campaign_event_series.flatMap((id) => findRecord(partnerId, id) ?? []);
    siblings.sort((a, b) => a.meta.startMs - b.meta.startMs);
    const page = paginate(siblings, url, { defaultLimit: 50, maxLimit: 1000 });
    return json({ ...page, items: page.items.map((r) => eventAnswer(partnerId, r)) });
  })),
  http.post(`${MAIN}/events/:eid/series`, write(true)),
  http.delete(`${MAIN}/events/:eid/series`, write(false)),

  http.get(`${MAIN}/events/:eid/available_events_for_series`, eventRoute(({ partnerId, eid, url, record }) => {
    const q = url.searchParams.get('q') ?? '';
    const linked = new Set(record.row.campaign_event_series);
    const candidates = allRecords(partnerId).filter(({ row }) =>
      row.id !== eid && !linked.has(row.id) && matchesSearch([row.title, row.city, row.venue_name, row.id], q));
    // the likely picks first: upcoming events soonest first, then past ones latest first
    const now = mockOptions().now.getTime();
    const rank = ({ meta }: (typeof candidates)[number]) => (meta.startMs >= now ? meta.startMs - now : Number.MAX_SAFE_INTEGER / 2 + (now - meta.startMs));
    candidates.sort((a, b) => rank(a) - rank(b));
    const page = paginate(candidates, url);
    return json({ ...page, items: page.items.map((r) => eventAnswer(partnerId, r)) });
  })),
];
