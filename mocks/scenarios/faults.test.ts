// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { getResponse } from 'msw';
import { addFault, clearFaults, faultHandler } from './faults';

const hit = (method: string, url: string) => getResponse([faultHandler], new Request(url, { method }));

describe('fault injection', () => {
  afterEach(clearFaults);

  it('matches method and path glob (* = one segment, ** = anything), N times', async () => {
    addFault({ method: 'GET', path: '/api/v3/events/*/benchmark', status: 503, times: 1 });
    expect(await hit('PUT', 'http://x/api/v3/events/e1/benchmark')).toBeUndefined();
    expect(await hit('GET', 'http://x/api/v3/events/e1/tickets')).toBeUndefined();
    expect(await hit('GET', 'http://x/api/v3/events/e1/x/benchmark')).toBeUndefined();
    expect((await hit('GET', 'http://x/api/v3/events/e1/benchmark'))?.status).toBe(503);
    expect(await hit('GET', 'http://x/api/v3/events/e1/benchmark')).toBeUndefined();
  });

  it('treats regex characters in paths literally and ** across segments', async () => {
    addFault({ path: '/cr-api/**', status: 500 });
    expect((await hit('PUT', 'http://x/cr-api/events/last_updated_on_fe/e.1'))?.status).toBe(500);
    addFault({ path: '/api/v3/events/', kind: 'schema' });
    expect(await (await hit('GET', 'http://x/api/v3/events/'))?.json()).toMatchObject({ unexpected: true });
    expect(await hit('GET', 'http://x/api/v3/eventsX')).toBeUndefined();
  });

  it('answers malformed JSON', async () => {
    addFault({ path: '/api/v3/**', kind: 'malformed' });
    const res = await hit('GET', 'http://x/api/v3/events/');
    await expect(res?.json()).rejects.toThrow();
  });
});
