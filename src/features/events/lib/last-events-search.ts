import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * The events list's URL search as the user last left it in this tab, so the way back from an
 * event ("Events" crumb) returns to that view (filters, sort, page), not the bare list.
 * sessionStorage: per tab like the browser's own history, and it survives reloading the event
 * page. It holds only list filters. Where storage throws (blocked, some private modes) memory
 * keeps it for this page load.
 */
const KEY = 'fd.events-list-search';
const LIST_PATH = '/events';
let memory = '';

export function rememberEventsSearch(search: string): void {
  memory = search;
  try {
    sessionStorage.setItem(KEY, search);
  } catch {
    // memory has it
  }
}

/** `/events` with the remembered search; plain `/events` when none is remembered. */
export function eventsListHref(): string {
  let search: string | null;
  try {
    search = sessionStorage.getItem(KEY);
  } catch {
    search = memory;
  }
  // only a query string is appended, so nothing stored can point the link at another path
  return search && search.length > 1 && search.startsWith('?') ? `${LIST_PATH}${search}` : LIST_PATH;
}

/** For the events list page: keeps the remembered search in step with its URL. */
export function useRememberEventsSearch(): void {
  const { search } = useLocation();
  useEffect(() => rememberEventsSearch(search), [search]);
}
