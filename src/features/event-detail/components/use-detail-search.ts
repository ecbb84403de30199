import { useCallback, useMemo } from 'react';
import { useSearchParamsInPlace } from '@/lib/use-search-params-in-place';
import { eventDetailSearch, type EventDetailSearch } from '../lib/search';

/** The page's URL state (range, metric, unit) and a setter taking a pure updater. */
export function useDetailSearch(): [EventDetailSearch, (update: (s: EventDetailSearch) => EventDetailSearch) => void] {
  const [params, setParams] = useSearchParamsInPlace();
  const state = useMemo(() => eventDetailSearch.parse(params), [params]);
  const update = useCallback(
    (fn: (s: EventDetailSearch) => EventDetailSearch) =>
      setParams((prev) => eventDetailSearch.serialize(fn(eventDetailSearch.parse(prev))), { replace: true }),
    [setParams],
  );
  return [state, update];
}
