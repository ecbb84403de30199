import type { EventsSearch } from './events-search';

const part = (s: string) => s.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/**
 * A file name (without its extension) that says what is in it: `events_city-Berlin_upcoming_2026-11-22`.
 * Lists join with "+", the date range comes last before the day of the export.
 */
export function exportFileName(prefix: string, search: EventsSearch, day: string): string {
  const list = (name: string, values: readonly string[]) => (values.length ? `${name}-${values.map(part).join('+')}` : '');
  const range = search.range === 'custom' ? `${search.since ?? 'start'}-to-${search.until ?? 'end'}` : search.range;
  const parts = [
    prefix,
    search.q ? `q-${part(search.q)}` : '',
    list('city', search.city),
    search.vh.length ? `venues-${search.vh.length}` : '',
    list('category', search.category),
    search.status ? `status-${search.status}` : '',
    list('campaign', search.campaign_status),
    search.campaigns ? 'with-campaigns' : '',
    search.flagged ? 'flagged' : '',
    search.hidden ? 'hidden' : '',
    range,
    day,
  ].filter(Boolean);
  return parts.join('_').slice(0, 180);
}
