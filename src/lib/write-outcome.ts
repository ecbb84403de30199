import { ApiError, NetworkError, TimeoutError } from './api-errors';

/*
 * Apart from api-errors so that only the pages with such writes (lazy) load it, not the entry.
 */

/** Whether a failed write may still have been applied (no answer, or the server failed midway). */
export function outcomeUnknown(error: unknown): boolean {
  return error instanceof NetworkError || error instanceof TimeoutError || (error instanceof ApiError && error.status >= 500);
}

/**
 * What went wrong with a write whose outcome is unknown, without describeError's "try again":
 * the caller says what to check before sending it again.
 */
export function describeUnsureWrite(error: unknown): string {
  if (error instanceof TimeoutError) return 'The server did not answer in time.';
  if (error instanceof NetworkError) return 'The connection was lost before the server answered.';
  return 'The server had a problem while saving.';
}
