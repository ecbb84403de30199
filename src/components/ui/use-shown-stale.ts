import { useDebouncedValue } from './use-debounced-value';

/** Below this a new answer replaces the old without a flash of "updating". */
export const STALE_AFTER_MS = 200;

/**
 * Whether to mark a block as showing the previous data (staleClass): only once the next data
 * takes a while, so a quick answer replaces the old without a flash (and a second repaint).
 */
export function useShownStale(isPlaceholderData: boolean): boolean {
  return useDebouncedValue(isPlaceholderData, STALE_AFTER_MS) && isPlaceholderData;
}
