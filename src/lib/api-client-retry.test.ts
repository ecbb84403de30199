// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { json, okSchema, setup } from '@/testing/api-client-setup';
import { backoffDelay } from './api-client';
import { ApiError } from './api-errors';

describe('api client: retries', () => {
  it('retries idempotent requests on 5xx, 429 and network errors, with growing jittered delays', async () => {
    const { client, calls, sleeps } = setup([json({}, 503), new TypeError('reset'), json({}, 500), json({ ok: true })]);
    await expect(client.request({ path: '/x', schema: okSchema })).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(4);
    expect(sleeps).toEqual([375, 750, 1500]);
  });

  it('stops after 5 attempts', async () => {
    const { client, calls } = setup([json({}, 503)]);
    await expect(client.request({ path: '/x', method: 'PUT', schema: okSchema })).rejects.toMatchObject({ status: 503 });
    expect(calls).toHaveLength(5);
  });

  it('backs off 5–10 s after a 429', async () => {
    const { client, sleeps } = setup([json({}, 429), json({ ok: true })]);
    await client.request({ path: '/x', schema: okSchema });
    expect(sleeps[0]).toBe(7500);
    expect(backoffDelay(1, new ApiError({ status: 429 }), () => 0)).toBe(5000);
    expect(backoffDelay(1, new ApiError({ status: 429 }), () => 0.999)).toBeLessThan(10000);
  });

  it('gives a rate-limited read up after 3 attempts (about 15–30 s), not 5 (about 75 s)', async () => {
    const { client, calls, sleeps } = setup([json({}, 429)]);
    await expect(client.request({ path: '/x', schema: okSchema })).rejects.toMatchObject({ status: 429 });
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([7500, 15000]);
  });

  it('reports a request being retried once per reason, and once more when it has settled (answered or failed for good)', async () => {
    const events: string[] = [];
    const onRetrying = (reason: string) => { events.push(`retrying: ${reason}`); return () => events.push(`over: ${reason}`); };
    const flaky = setup([json({}, 503), json({}, 503), json({ ok: true })], { onRetrying });
    await flaky.client.request({ path: '/x', schema: okSchema });
    expect(events).toEqual(['retrying: failing', 'over: failing']);

    // the API asks to slow down after a failure: the reason changes with it
    events.length = 0;
    const busy = setup([json({}, 503), json({}, 429), json({ ok: true })], { onRetrying });
    await busy.client.request({ path: '/x', schema: okSchema });
    expect(events).toEqual(['retrying: failing', 'over: failing', 'retrying: busy', 'over: busy']);

    events.length = 0;
    const down = setup([json({}, 503)], { onRetrying, maxAttempts: 3 });
    await expect(down.client.request({ path: '/x', schema: okSchema })).rejects.toBeInstanceOf(ApiError);
    expect(events).toEqual(['retrying: failing', 'over: failing']);

    // answered at once, or refused without a retry: nothing to report
    events.length = 0;
    await setup([json({ ok: true })], { onRetrying }).client.request({ path: '/x', schema: okSchema });
    await expect(setup([json({}, 404)], { onRetrying }).client.request({ path: '/x', schema: okSchema })).rejects.toBeInstanceOf(ApiError);
    expect(events).toEqual([]);
  });

  it('never retries POST, 4xx or 401; a 401 reports the session as over', async () => {
    const onUnauthorized = vi.fn();
    const post = setup([json({}, 503)]);
    await expect(post.client.request({ path: '/x', method: 'POST', schema: okSchema })).rejects.toMatchObject({ status: 503 });
    expect(post.calls).toHaveLength(1);
    const unauthorized = setup([json({ message: 'error.auth.token_expired' }, 401)], { onUnauthorized });
    await expect(unauthorized.client.request({ path: '/x', schema: okSchema })).rejects.toMatchObject({ status: 401 });
    expect(unauthorized.calls).toHaveLength(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledWith('tok');
    const notFound = setup([json({}, 404)]);
    await expect(notFound.client.request({ path: '/x', schema: okSchema })).rejects.toMatchObject({ status: 404 });
    expect(notFound.calls).toHaveLength(1);
  });

  it('passes the AbortSignal through and does not retry an aborted request', async () => {
    const controller = new AbortController();
    const { client, calls } = setup([() => { controller.abort(); throw new DOMException('aborted', 'AbortError'); }]);
    const error = await client.request({ path: '/x', schema: okSchema, signal: controller.signal }).catch((e: unknown) => e);
    expect((error as DOMException).name).toBe('AbortError');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init.signal?.aborted).toBe(true); // the caller's abort reaches the transport
  });
});
