// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { eventSchema } from '@/lib/schemas/event';
import type { EventList } from '../api/schemas';
import type { EventListFilters } from '../api/list-query';
import { fetchAllEvents, IncompleteExportError, type ExportProgress } from './fetch-all-events';

const rows = Array.from({ length: 120 }, (_, i) => eventSchema.parse({ id: `e${i}`, title: `E${i}`, start_date_time: '2026-12-01T19:00:00Z' }));
const server = (filters: EventListFilters): Promise<EventList> => {
  const page = filters.page ?? 1;
  const limit = filters.limit ?? 50;
  return Promise.resolve({ total: rows.length, limit, page, pages: Math.ceil(rows.length / limit), items: rows.slice((page - 1) * limit, page * limit) });
};

describe('fetchAllEvents', () => {
  it('reads every page with the same filters, 50 at a time, and reports progress', async () => {
    const fetchPage = vi.fn(server);
    const progress: ExportProgress[] = [];
    const all = await fetchAllEvents({ city: ['Berlin'], page: 7 }, { fetchPage, onProgress: (p) => progress.push(p) });
    expect(all.map((e) => e.id)).toEqual(rows.map((e) => e.id));
    expect(fetchPage.mock.calls.map(([f]) => f)).toEqual([1, 2, 3].map((page) => ({ city: ['Berlin'], page, limit: 50 })));
    expect(progress.map((p) => `${p.loaded}/${p.total} ${p.page}/${p.pages}`)).toEqual(['50/120 1/3', '100/120 2/3', '120/120 3/3']);
  });

  it('fewer events than the list says it has is an error, not a short file: an empty page before the last, or rows that shifted', async () => {
    const emptySecond = vi.fn((f: EventListFilters) => (f.page === 2 ? server(f).then((l) => ({ ...l, items: [] })) : server(f)));
    await expect(fetchAllEvents({}, { fetchPage: emptySecond })).rejects.toEqual(new IncompleteExportError(50, 120));
    expect(emptySecond).toHaveBeenCalledTimes(2);
    // a row moved from page 2 onto page 1 after page 1 was read: it is on neither page read
    const shifted = (f: EventListFilters) => server(f).then((l) => (f.page === 2 ? { ...l, items: l.items.slice(1) } : l));
    await expect(fetchAllEvents({}, { fetchPage: shifted })).rejects.toBeInstanceOf(IncompleteExportError);
    // the list shrank while reading (someone hid an event): what is there is all there is
    const shrunk = (f: EventListFilters) => server(f).then((l) => (f.page === 3 ? { ...l, total: 119, items: l.items.slice(1) } : l));
    expect(await fetchAllEvents({}, { fetchPage: shrunk })).toHaveLength(119);
  });

  it('stops when cancelled', async () => {
    const abort = new AbortController();
    const fetchPage = vi.fn((f: EventListFilters) => { if (f.page === 2) abort.abort(); return server(f); });
    await expect(fetchAllEvents({}, { fetchPage, signal: abort.signal })).rejects.toThrow();
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });
});
