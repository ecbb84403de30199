// @vitest-environment node
import { getResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { resetMock } from '../db/store';
import { handlers } from './index';

/** In process, no HTTP: what the handlers themselves cost on the 10,000-event scenario. */
async function token(): Promise<string> {
  const res = await getResponse(handlers, new Request('http://localhost/api/v3/auth', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo' }),
  }));
  return ((await res?.json()) as { AccessToken: string }).AccessToken;
}

let auth: Record<string, string>;
beforeAll(async () => {
  resetMock({ now: new Date('2026-11-20T08:00:00Z'), scenario: 'large' });
  auth = { Authorization: `Bearer ${await token()}`, 'X-Preferred-Partner-Id': 'partner-id-acme' };
});

async function median(path: string, runs = 25): Promise<{ ms: number; body: { total: number; items: unknown[] } }> {
  const times: number[] = [];
  let body = { total: 0, items: [] as unknown[] };
  for (let i = 0; i < runs + 5; i++) {
    const started = performance.now();
    const res = await getResponse(handlers, new Request(`http://localhost/api/v3${path}`, { headers: auth }));
    body = (await res?.json()) as typeof body;
    if (i >= 5) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? Infinity, body };
}

describe('large scenario', () => {
  it('answers a filtered, sorted list page in under 20 ms', async () => {
    const query = '/events/?frontend_status=DEFAULT&frontend_status=FLAGGED&flagged_to_top=true&city=Berlin&city=M%C3%BCnchen&category=concert&sort=benchmark_gap&q=a&page=2&limit=50';
    const { ms, body } = await median(query);
    console.log(`large scenario: filtered list page (${body.total} matches) median ${ms.toFixed(2)} ms`);
    expect(body.total).toBeGreaterThan(50);
    expect(body.items).toHaveLength(50);
    expect(ms).toBeLessThan(20);
    const plain = await median('/events/?frontend_status=DEFAULT&frontend_status=FLAGGED&flagged_to_top=true');
    console.log(`large scenario: default list page (${plain.body.total} matches) median ${plain.ms.toFixed(2)} ms`);
    expect(plain.ms).toBeLessThan(20);
  });

  it('answers the statistics of a filter (sales totals for thousands of events) quickly once warm', async () => {
    const { ms } = await median('/events/statistics?city=Berlin', 5);
    console.log(`large scenario: statistics for Berlin median ${ms.toFixed(2)} ms`);
    expect(ms).toBeLessThan(200);
  });
});
