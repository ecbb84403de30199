// @vitest-environment node
/**
 * The standalone mock server over real HTTP: started as a child process (its own process group,
 * so tsx's child goes too), probed, then stopped by its pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let child: ChildProcess | undefined;
let origin = '';
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const started = spawn('node_modules/.bin/tsx', ['mocks/server.ts'], {
    env: { ...process.env, PORT: String(port), MOCK_NOW: '2026-11-20T08:00:00Z' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mock server not ready after 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready/.test(output)) { clearTimeout(timer); resolve(); }
    };
    started.stdout?.on('data', onData);
    started.stderr?.on('data', onData);
    started.once('exit', (code) => { clearTimeout(timer); reject(new Error(`mock server exited (${code}):\n${output}`)); });
  });
}, 30_000);

afterAll(() => {
  if (child?.pid !== undefined && child.exitCode === null) {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { child.kill('SIGTERM'); }
  }
});

let headers: Record<string, string> = {};

describe('mock server over HTTP', () => {
  it('answers /api/v3/status/ without auth', async () => {
    const response = await fetch(`${origin}/api/v3/status/`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('signs in and reads the partner (main host)', async () => {
    const auth = await fetch(`${origin}/api/v3/auth`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'demo', password: 'demo' }),
    });
    expect(auth.status).toBe(200);
    const { AccessToken } = (await auth.json()) as { AccessToken: string };
    headers = { Authorization: `Bearer ${AccessToken}`, 'X-Preferred-Partner-Id': 'partner-id-acme' };
    const partner = await fetch(`${origin}/api/v3/partners/`, { headers });
    expect(partner.status).toBe(200);
    expect(await partner.json()).toMatchObject({ id: 'partner-id-acme', currency: 'EUR' });
    expect((await fetch(`${origin}/api/v3/partners/`)).status).toBe(401);
  });

  it('serves the backhaul routes and unknown routes as 404', async () => {
    const packages = await fetch(`${origin}/api/v3/package_builder/packages/`, { headers });
    expect(packages.status).toBe(200);
    expect(((await packages.json()) as unknown[]).length).toBeGreaterThan(5);
    const unknown = await fetch(`${origin}/api/v3/no_such_route/`, { headers });
    expect(unknown.status).toBe(404);
  });

  it('serves the events list (main) and the CR host', async () => {
    const list = await fetch(`${origin}/api/v3/events/?limit=1`, { headers });
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: { id: string }[] };
    const eid = items[0]?.id ?? '';
    expect(eid).toMatch(/^evt_/);
    const cr = await fetch(`${origin}/cr-api/events/last_updated_on_fe/${eid}`, {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'RUNNING' }),
    });
    expect(cr.status).toBe(204);
    expect((await fetch(`${origin}/cr-api/events/last_updated_on_fe/evt_nope`, { method: 'PUT', headers, body: '{}' })).status).toBe(404);

    // a binary answer with its headers intact through node:http
    const xlsx = await fetch(`${origin}/api/v3/daily_revenue_summary/sales_edit_export?eid=${eid}`, { headers });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toBe(`attachment; filename="sales_${eid}.xlsx"`);
    expect(new TextDecoder().decode((await xlsx.arrayBuffer()).slice(0, 2))).toBe('PK');
  });

  it('answers CORS preflights', async () => {
    const response = await fetch(`${origin}/api/v3/package_builder/packages/`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization, x-preferred-partner-id' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('PUT');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    expect(allowed).toContain('authorization');
    expect(allowed).toContain('x-preferred-partner-id');
    expect((response.headers.get('access-control-expose-headers') ?? '').toLowerCase()).toContain('content-disposition');
  });

  it('injects a one-off 503 through /__mock/faults', async () => {
    const added = await fetch(`${origin}/__mock/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'GET', path: '/api/v3/partners/', status: 503, times: 1 }),
    });
    expect(added.status).toBe(201);
    const failed = await fetch(`${origin}/api/v3/partners/`, { headers });
    expect(failed.status).toBe(503);
    expect(await failed.json()).toMatchObject({ message: 'error.injected.503' });
    expect((await fetch(`${origin}/api/v3/partners/`, { headers })).status).toBe(200);
    expect(await (await fetch(`${origin}/__mock/faults`)).json()).toEqual([]);
  });
});
