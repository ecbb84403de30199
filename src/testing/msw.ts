import { afterAll, afterEach, beforeAll } from 'vitest';
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
