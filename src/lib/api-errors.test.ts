// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, SchemaError, TimeoutError, describeError } from './api-errors';
import { describeUnsureWrite, outcomeUnknown } from './write-outcome';

describe('describeError', () => {
  afterEach(() => { vi.unstubAllGlobals(); });

  it('a page part that failed to load: offline it names the connection, not an update to reload for', () => {
    const chunk = new TypeError('Failed to fetch dynamically imported module: http://x/assets/page.js');
    vi.stubGlobal('navigator', { onLine: true });
    expect(describeError(chunk)).toMatch(/may have just been updated/);
    vi.stubGlobal('navigator', { onLine: false });
    expect(describeError(chunk)).toBe('Part of the dashboard could not be loaded: you are offline. Try again once the connection is back.');
  });

  it('says something useful for every kind of failure, never a raw key for known statuses', () => {
    // still true once signed in again over the held page: past tense, and what to do next
    expect(describeError(new ApiError({ status: 401 }))).toBe('Your session had ended, so this did not go through. Once you are signed in again, try again.');
    expect(describeError(new ApiError({ status: 403 }))).toMatch(/do not have access/);
    expect(describeError(new ApiError({ status: 503 }))).toMatch(/server had a problem/);
    expect(describeError(new ApiError({ status: 400, validationErrors: [{ code: 'min', field: 'sold' }] }))).toMatch(/highlighted fields/);
    expect(describeError(new NetworkError('x'))).toMatch(/Could not reach the server/);
    expect(describeError(new SchemaError('/x', []))).toMatch(/does not understand/);
    expect(describeError(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))).toMatch(/reload the page/);
    expect(describeError(new Error('boom'))).toBe('Something went wrong.');
  });

  it('a refusal without field errors: a plain sentence, the request id as a reference, never the message key', () => {
    const plain = describeError(new ApiError({ status: 400, messageKey: 'error.injected.400' }));
    expect(plain).toBe('The server did not accept this request.');
    const withId = describeError(new ApiError({ status: 422, messageKey: 'error.something', requestId: 'req_42' }));
    expect(withId).toMatch(/reference: req_42\.$/);
    expect(withId).not.toMatch(/error\.something/);
  });
});

describe('a write whose outcome is unknown', () => {
  it('is one with no answer or a server failure, and is told without "try again"', () => {
    // an unreadable answer comes after a 2xx: the server took the write
    const unsure = [new NetworkError('x'), new TimeoutError('/x', 20_000), new ApiError({ status: 502 }), new SchemaError('/x', [])];
    expect(unsure.map(outcomeUnknown)).toEqual([true, true, true, true]);
    expect([new ApiError({ status: 409 }), new ApiError({ status: 400 })].map(outcomeUnknown)).toEqual([false, false]);
    expect(unsure.map(describeUnsureWrite)).toEqual([
      'The connection was lost before the server answered.',
      'The server did not answer in time.',
      'The server had a problem while saving.',
      'The server accepted it, but its answer could not be read.',
    ]);
  });
});
