import { useCallback, useMemo } from 'react';
import { useSearchParamsInPlace } from '@/lib/use-search-params-in-place';
import { eventsSearch, updateSearch, type EventsSearch } from './events-search';

export type SetEventsSearch = (
  change: Partial<EventsSearch> | ((current: EventsSearch) => EventsSearch),
  options?: { replace?: boolean; keepVh?: readonly string[] },
) => void;

/**
 * The list's state, read from and written to the URL (one schema, defaults omitted). A change
 * is a history entry (back/forward walk through views) unless `replace` (typing).
 */
export function useEventsSearch(): [EventsSearch, SetEventsSearch] {
  const [params, setParams] = useSearchParamsInPlace();
  const search = useMemo(() => eventsSearch.parse(params), [params]);
  const set = useCallback<SetEventsSearch>(
    (change, { replace = false, keepVh } = {}) => {
      setParams(
        (prev) => {
          const current = eventsSearch.parse(prev);
          const next = typeof change === 'function' ? change(current) : updateSearch(current, change, { keepVh });
          return eventsSearch.serialize(next);
        },
        { replace },
      );
    },
    [setParams],
  );
  return [search, set];
}
