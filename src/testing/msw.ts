import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '../../mocks/node';
import { resetMock, type MockOptions } from '../../mocks/db/store';
import { clearFaults } from '../../mocks/scenarios/faults';

/** Starts the mock API (same handlers as the demo) around a test file (call at module top level); fresh data per test. */
export function setupMockApi(options: Partial<MockOptions> = {}) {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    clearFaults();
    resetMock({ now: new Date('2026-11-20T08:00:00Z'), ...options });
  });
  afterAll(() => server.close());
  resetMock({ now: new Date('2026-11-20T08:00:00Z'), ...options });
  return server;
}

/** A request the app sent to the mock API; `body` is its text, filled in once read (before the handler answers). */
export interface SentRequest {
  method: string;
  url: URL;
  body: string;
}

/**
 * Records every request each test sends (call at module top level, before signing in, so the
 * sign-in is recorded too). `requests` is emptied before each test; `sent` filters it by method and path.
 */
export function recordRequests(server: ReturnType<typeof setupMockApi>) {
  const requests: SentRequest[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    const entry: SentRequest = { method: request.method, url: new URL(request.url), body: '' };
    requests.push(entry);
    void request.clone().text().then((body) => { entry.body = body; }, () => undefined);
  };
  beforeEach(() => {
    requests.length = 0;
    server.events.on('request:start', onRequest);
  });
  afterEach(() => server.events.removeListener('request:start', onRequest));
  const sent = (method: string, path: RegExp) => requests.filter((r) => r.method === method && path.test(r.url.pathname));
  return { requests, sent };
}
