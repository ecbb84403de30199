import { useCallback } from 'react';
import { useSearchParams, type SetURLSearchParams } from 'react-router';

/**
 * react-router's useSearchParams for a page's own state (filters, sort, paging, ranges): a change
 * keeps the scroll position. The app's ScrollRestoration otherwise treats every URL change as a
 * new page and scrolls to the top.
 */
export function useSearchParamsInPlace(): [URLSearchParams, SetURLSearchParams] {
  const [params, setParams] = useSearchParams();
  const set = useCallback<SetURLSearchParams>((next, options) => setParams(next, { ...options, preventScrollReset: true }), [setParams]);
  return [params, set];
}
