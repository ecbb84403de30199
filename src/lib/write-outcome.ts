import { ApiError, NetworkError, SchemaError, TimeoutError } from './api-errors';

/*
 * Apart from api-errors so that only the pages with such writes (lazy) load it, not the entry.
 */

/**
 * Whether a failed write may still have been applied: no answer, the server failed midway, or it
 * answered success with a body this dashboard cannot read (a write's answer is read only after
 * a 2xx, so the server took it).
 */
export function outcomeUnknown(error: unknown): boolean {
  return error instanceof NetworkError || error instanceof TimeoutError || error instanceof SchemaError || (error instanceof ApiError && error.status >= 500);
}

/**
 * What went wrong with a write whose outcome is unknown, without describeError's "try again":
 * the caller says what to check before sending it again.
 */
export function describeUnsureWrite(error: unknown): string {
  if (error instanceof TimeoutError) return 'The server did not answer in time.';
  if (error instanceof NetworkError) return 'The connection was lost before the server answered.';
  if (error instanceof SchemaError) return 'The server accepted it, but its answer could not be read.';
  return 'The server had a problem while saving.';
}
