import { createApiClient } from '@/lib/api-client';

/** One request the fake client was asked to send. */
export type ApiCall = { url: string; method: string; body: unknown };

/**
 * A test's handle on the fake: every call it saw, and the answer to the next one.
 * `reply` may return a Response (sent as is), `undefined` (204, no body) or anything else (sent as JSON).
 */
export type FakeApi = {
  calls: ApiCall[];
  reply: (url: URL) => unknown;
};

/**
 * The app's API client over a fake `fetch` that records into `fake` and answers with `fake.reply`.
 * Use it for `@/lib/api` in a test file, with `fake` from `vi.hoisted` (the import must be dynamic):
 *
 *   const fake = vi.hoisted((): FakeApi => ({ calls: [], reply: () => undefined }));
 *   vi.mock('@/lib/api', async () => ({ api: (await import('@/testing/fake-api')).createFakeApiClient(fake) }));
 */
export function createFakeApiClient(fake: FakeApi, { jsonStatus = 200 }: { jsonStatus?: number } = {}) {
  return createApiClient({
    mainBaseUrl: '/api/v3',
    crBaseUrl: '/cr-api',
    fetch: async (input, init) => {
      fake.calls.push({ url: String(input), method: init?.method ?? 'GET', body: init?.body });
      const body = fake.reply(new URL(String(input), 'http://x'));
      if (body instanceof Response) return body;
      return body === undefined ? new Response(null, { status: 204 }) : new Response(JSON.stringify(body), { status: jsonStatus });
    },
  });
}

/** Forgets the calls and goes back to answering 204 (for `beforeEach`). */
export function resetFakeApi(fake: FakeApi) {
  fake.calls.length = 0;
  fake.reply = () => undefined;
}
