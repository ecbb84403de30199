import { vi } from 'vitest';
import { z } from 'zod/mini';
import { createApiClient } from '@/lib/api-client';

type Call = { url: string; init: RequestInit };

/** An API client over a scripted fetch: `responses` in order (the last one repeats); sleeps recorded, not slept. */
export function setup(responses: Array<Response | Error | (() => Response)>, overrides: Partial<Parameters<typeof createApiClient>[0]> = {}) {
  const calls: Call[] = [];
  const sleeps: number[] = [];
  const queue = [...responses];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = queue.length > 1 ? queue.shift() : queue[0];
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next() : (next as Response).clone();
  });
  const client = createApiClient({
    mainBaseUrl: 'http://api.test/api/v3',
    crBaseUrl: 'http://cr.test/cr-api',
    getCredentials: async () => ({ accessToken: 'tok', partnerId: 'partner-id-acme' }),
    fetch,
    sleep: async (ms) => { sleeps.push(ms); },
    random: () => 0.5,
    ...overrides,
  });
  return { client, calls, sleeps, fetch };
}

/** A JSON answer. */
export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
export const okSchema = z.object({ ok: z.boolean() });
