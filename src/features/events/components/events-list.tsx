import { useEffect, useRef, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useShownStale } from '@/components/ui/use-shown-stale';
import { useFirstDataDeferred } from '@/components/ui/use-first-data-deferred';
import { env } from '@/config/env';
import { today } from '@/lib/dates';
import { formatNumber, pluralize } from '@/lib/format';
import type { Event } from '@/lib/schemas/event';
import { eventQueries } from '../api/queries';
import { MAX_PAGE_SIZE, pinsFlagged } from '../api/list-query';
import { activeFilterCount, clearFilters, searchDays, toListFilters } from '../lib/events-search';
import { exportFileName } from '../lib/export-file-name';
import { useEventsSearch } from '../lib/use-events-search';
import { BenchmarkLegend } from './benchmark-legend';
import type { EventColumn } from './event-columns';
import { EventsFilterBar } from './events-filter-bar';
import { EventsTable } from './events-table';
import { ExportButtons } from './export-buttons';
import { ListedResults } from './listed-results';
import { Pagination } from './pagination';
import type { HeldOrder } from './use-order-held';

/**
 * The filterable, paged events table (Lookout list; the Wave list passes campaign columns).
 * State is the URL; the previous page stays visible while the next loads, and a superseded
 * request is cancelled (the query's signal reaches fetch).
 */
export function EventsList({ columns, hrefFor, caption, exportPrefix, currency, results = false }: {
  columns: readonly EventColumn[];
  hrefFor: (event: Event) => string;
  caption: string;
  exportPrefix: string;
  /** The partner's currency: amounts (results, exports) that name none are in it; null while unknown. */
  currency: string | null;
  /** Revenue, spend, ROAS and tickets of every listed event (all pages), above the table. */
  results?: boolean;
}) {
  const [search, setSearch] = useEventsSearch();
  const filters = toListFilters(search, env.partnerTimeZone);
  const list = useQuery({ ...eventQueries.list(filters), placeholderData: keepPreviousData });
  // the first rows arrive in an interruptible render; count, table and pagination switch together
  const data = useFirstDataDeferred(list.data);
  const filtered = activeFilterCount(search) > 0;
  // the previous page is marked "updating…" only once the next takes a while: a quick answer
  // replaces the rows without a flash (and without repainting the whole table twice)
  const stale = useShownStale(list.isPlaceholderData);
  // flagged events come first (flagged_to_top) for most sorts: say so where the order is read
  const pinned = pinsFlagged(filters) && Boolean(data?.items.some((e) => e.frontend_status === 'FLAGGED'));
  // rows keep their places while the pointer is over the table (EventsTable): say where they go
  const [orderHeld, setOrderHeld] = useState<HeldOrder | null>(null);

  // another page of the list starts at the top of the table; arriving (Back included) leaves the
  // scroll to the router, which restores where the list was left
  const top = useRef<HTMLDivElement>(null);
  const count = useRef<HTMLParagraphElement>(null);
  const page = data?.page;
  const shownPage = useRef(page);
  useEffect(() => {
    const previous = shownPage.current;
    shownPage.current = page;
    if (previous === undefined || page === undefined || page === previous) return;
    // keyboard focus follows from the page buttons (the one pressed may be disabled now) to the count
    const active = document.activeElement;
    const fromPager = !active || active === document.body || Boolean(active.closest('.pagination'));
    if (top.current && top.current.getBoundingClientRect().top < 0) top.current.scrollIntoView({ block: 'start' });
    if (fromPager) count.current?.focus({ preventScroll: true });
  }, [page]);

  return (
    <div className="events-list" ref={top}>
      <EventsFilterBar search={search} setSearch={setSearch} total={data?.total} />
      {results && <ListedResults filters={filters} fallbackCurrency={currency} listCurrent={data !== undefined && !list.isPlaceholderData} />}
      <div className="events-list__bar">
        <p className="events-list__count" aria-live="polite" tabIndex={-1} ref={count}>
          {data ? <><strong>{formatNumber(data.total)}</strong> {pluralize(data.total, 'event', 'events')}</> : list.isError ? null : <span className="skeleton events-list__count-skeleton" />}
          {pinned && <span className="muted"> · {orderHeld ? `flagged events move to the top ${orderHeld === 'touch' ? 'a few seconds after your last tap' : 'once you leave the list'}` : 'flagged events pinned first'}</span>}
          {stale && <span className="muted"> · updating…</span>}
        </p>
        <ExportButtons count={data?.total} filters={{ ...filters, page: undefined }} fallbackCurrency={currency} baseName={exportFileName(exportPrefix, search, today(env.partnerTimeZone))} />
      </div>
      <BenchmarkLegend days={searchDays(search, env.partnerTimeZone)} today={today(env.partnerTimeZone)} timeZone={env.partnerTimeZone} rows={data?.items ?? []} byGap={search.sort === 'benchmark_gap'} />
      {list.isError && !data ? (
        <ErrorPanel title="Could not load the events" error={list.error} onRetry={() => void list.refetch()} />
      ) : data && data.items.length === 0 ? (
        <div className="card empty-state">
          <p><strong>{search.page > 1 && data.total > 0 ? 'This page is past the end of the list.' : filtered ? 'No events match these filters.' : 'No events here yet.'}</strong></p>
          {search.page > 1 && data.total > 0 ? (
            <button type="button" className="button" onClick={() => setSearch({ page: 1 })}>Go to the first page</button>
          ) : filtered ? (
            <button type="button" className="button button--primary" onClick={() => setSearch(clearFilters)}>Clear filters</button>
          ) : null}
        </div>
      ) : (
        <>
          <EventsTable caption={caption} columns={columns} rows={data?.items ?? []} hrefFor={hrefFor} sort={search.sort} loading={!data} stale={stale}
            orderKey={list.isPlaceholderData ? null : JSON.stringify(filters)} onHeldOutOfOrder={setOrderHeld} />
          {data && (
            <Pagination page={data.page} pages={data.pages} total={data.total} pageSize={data.limit ?? MAX_PAGE_SIZE} onPage={(p) => setSearch({ page: p })} waiting={list.isPlaceholderData} />
          )}
        </>
      )}
    </div>
  );
}
