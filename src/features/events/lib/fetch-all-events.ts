import { formatNumber } from '@/lib/format';
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
 * The pages read gave fewer events than the list said it had (a page came back empty or short,
 * or rows shifted between pages while reading): the file would be silently incomplete.
 */
export class IncompleteExportError extends Error {
  constructor(readonly loaded: number, readonly total: number) {
    // said as is by the export (export-buttons.tsx)
    super(`only ${formatNumber(loaded)} of ${formatNumber(total)} events could be read (the list changed while it was read, or the server left some out), so no file was saved. Please try again.`);
    this.name = 'IncompleteExportError';
  }
}

/**
 * Every page of a filtered list (50 per request), one after another (kind to the rate limit),
 * reporting progress; abortable through `signal`. Rows that shift pages while reading are
 * counted once (by id). Fewer events than the list's last `total` is an `IncompleteExportError`,
 * never a short file.
 */
export async function fetchAllEvents(
  filters: EventListFilters,
  { fetchPage, signal, onProgress }: { fetchPage: FetchPage; signal?: AbortSignal; onProgress?: (p: ExportProgress) => void },
): Promise<Event[]> {
  const byId = new Map<string, Event>();
  let pages = 1;
  let total = 0;
  for (let page = 1; page <= pages; page++) {
    signal?.throwIfAborted();
    const list = await fetchPage({ ...filters, page, limit: MAX_PAGE_SIZE }, { signal });
    pages = Math.max(1, list.pages);
    total = list.total;
    for (const e of list.items) if (!byId.has(e.id)) byId.set(e.id, e);
    onProgress?.({ loaded: byId.size, total: Math.max(list.total, byId.size), page, pages });
    if (list.items.length === 0) break;
  }
  if (byId.size < total) throw new IncompleteExportError(byId.size, total);
  return [...byId.values()];
}
