import type { Event } from '@/lib/schemas/event';
import type { EventList } from '../api/schemas';
import { MAX_PAGE_SIZE, type EventListFilters } from '../api/list-query';

export interface ExportProgress {
  loaded: number;
  total: number;
  page: number;
  pages: number;
}

type FetchPage = (filters: EventListFilters, options: { signal?: AbortSignal }) => Promise<EventList>;

/**
 * Every page of a filtered list (50 per request), one after another (kind to the rate limit),
 * reporting progress; abortable through `signal`. Rows that shift pages while reading are
 * counted once (by id).
 */
export async function fetchAllEvents(
  filters: EventListFilters,
  { fetchPage, signal, onProgress }: { fetchPage: FetchPage; signal?: AbortSignal; onProgress?: (p: ExportProgress) => void },
): Promise<Event[]> {
  const byId = new Map<string, Event>();
  let pages = 1;
  for (let page = 1; page <= pages; page++) {
    signal?.throwIfAborted();
    const list = await fetchPage({ ...filters, page, limit: MAX_PAGE_SIZE }, { signal });
    pages = Math.max(1, list.pages);
    for (const e of list.items) if (!byId.has(e.id)) byId.set(e.id, e);
    onProgress?.({ loaded: byId.size, total: Math.max(list.total, byId.size), page, pages });
    if (list.items.length === 0) break;
  }
  return [...byId.values()];
}
