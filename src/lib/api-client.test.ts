// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { json, okSchema, setup } from '@/testing/api-client-setup';
import { buildQuery } from './api-client';
import { ApiError, NetworkError, SchemaError, TimeoutError, describeError } from './api-errors';

describe('api client', () => {
  it('uses the main base by default and the CR base for host "cr"', async () => {
    const { client, calls } = setup([json({ ok: true })]);
    await client.request({ path: '/events/e1', schema: okSchema });
    await client.request({ path: '/events/last_updated_on_fe/e1', host: 'cr', method: 'PUT', schema: okSchema });
    expect(calls.map((c) => c.url)).toEqual(['http://api.test/api/v3/events/e1', 'http://cr.test/cr-api/events/last_updated_on_fe/e1']);
  });

  it('sends Bearer and X-Preferred-Partner-Id, and nothing for auth: false', async () => {
    const { client, calls } = setup([json({ ok: true })]);
    await client.request({ path: '/partners/', schema: okSchema });
    await client.request({ path: '/auth', method: 'POST', auth: false, json: {}, schema: okSchema });
    const [authed, anonymous] = calls.map((c) => new Headers(c.init.headers));
    expect(authed?.get('Authorization')).toBe('Bearer tok');
    expect(authed?.get('X-Preferred-Partner-Id')).toBe('partner-id-acme');
    expect(anonymous?.has('Authorization')).toBe(false);
    expect(anonymous?.has('X-Preferred-Partner-Id')).toBe(false);
  });

  it("asks as another of the user's partners when a request names one (same token)", async () => {
    const getCredentials = vi.fn(async () => ({ accessToken: 'tok', partnerId: 'partner-id-acme' }));
    const { client, calls } = setup([json({ ok: true })], { getCredentials });
    await client.request({ path: '/partners/', schema: okSchema, partnerId: 'partner-id-bravo' });
    expect(getCredentials).toHaveBeenCalledWith('partner-id-bravo');
    const headers = new Headers(calls[0]?.init.headers);
    expect(headers.get('X-Preferred-Partner-Id')).toBe('partner-id-bravo');
    expect(headers.get('Authorization')).toBe('Bearer tok');
  });

  it('does not call authenticated routes while signed out', async () => {
    const { client, calls } = setup([json({ ok: true })], { getCredentials: async () => null });
    await expect(client.request({ path: '/events/', schema: okSchema })).rejects.toMatchObject({ status: 401, messageKey: 'error.auth.signed_out' });
    expect(calls).toHaveLength(0);
    await client.request({ path: '/status/', auth: false, schema: okSchema });
    expect(calls).toHaveLength(1);
  });

  it('repeats array keys and strips null, undefined, "" and []', () => {
    expect(buildQuery({ city: ['Berlin', 'München'], q: '', since: null, until: undefined, vh: [], page: 2, campaigns: true }))
      .toBe('?city=Berlin&city=M%C3%BCnchen&page=2&campaigns=true');
    expect(buildQuery({ a: ['', null, 'x'] })).toBe('?a=x');
  });

  it('keeps trailing slashes exactly as given', async () => {
    const { client, calls } = setup([json({ ok: true })]);
    await client.request({ path: '/events/', query: { page: 1 }, schema: okSchema });
    await client.send({ path: '/daily_revenue_summary', method: 'DELETE', query: { eid: 'e1' } });
    expect(calls.map((c) => c.url)).toEqual([
      'http://api.test/api/v3/events/?page=1',
      'http://api.test/api/v3/daily_revenue_summary?eid=e1',
    ]);
  });

  it('sends JSON, multipart and blob bodies, and downloads blobs', async () => {
    const { client, calls } = setup([json({ ok: true })]);
    await client.request({ path: '/x', method: 'POST', json: { a: 1 }, schema: okSchema });
    const form = new FormData();
    form.append('file', new Blob(['x']), 'a.xlsx');
    await client.request({ path: '/x', method: 'POST', formData: form, schema: okSchema });
    await client.request({ path: '/x', method: 'POST', body: new Blob(['raw'], { type: 'text/csv' }), schema: okSchema });
    const [j, m, b] = calls;
    expect(new Headers(j?.init.headers).get('Content-Type')).toBe('application/json');
    expect(j?.init.body).toBe('{"a":1}');
    expect(m?.init.body).toBe(form);
    expect(new Headers(m?.init.headers).has('Content-Type')).toBe(false); // the browser adds the boundary
    expect(new Headers(b?.init.headers).get('Content-Type')).toBe('text/csv');

    const dl = setup([new Response(new Blob(['PK..']), { status: 200 })]);
    const blob = await dl.client.blob({ path: '/daily_revenue_summary/sales_edit_export', query: { eid: 'e1' } });
    expect(await blob.text()).toBe('PK..');
    // a server that honours Accept would refuse a workbook asked for as JSON (406)
    expect(new Headers(dl.calls[0]?.init.headers).get('Accept')).toBe('*/*');
    expect(new Headers(j?.init.headers).get('Accept')).toBe('application/json');
  });

  it('parses every JSON answer with its schema and reports the failing path', async () => {
    const schema = z.object({ items: z.array(z.object({ start_date_time: z.string() })) });
    const { client } = setup([json({ items: [{ start_date_time: 'x' }, { start_date_time: 42 }] })]);
    const error = await client.request({ path: '/events/', schema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).path).toBe('items.1.start_date_time');
  });

  it('turns error answers into ApiError with key, code, validation errors and request id', async () => {
    const body = { message: 'error.validation', error_code: 'VALIDATION', validation_errors: [{ code: 'min', field: 'sold', row: 3 }] };
    const { client } = setup([json(body, 400, { 'x-request-id': 'req-1' })]);
    const error = (await client.request({ path: '/x', method: 'POST', json: {}, schema: okSchema }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect({ status: error.status, key: error.messageKey, code: error.errorCode, v: error.validationErrors, id: error.requestId })
      .toEqual({ status: 400, key: 'error.validation', code: 'VALIDATION', v: [{ code: 'min', field: 'sold', row: 3 }], id: 'req-1' });
  });

  it('treats a 200 carrying non-empty validation_errors as an ApiError', async () => {
    const { client } = setup([json({ imported_rows: 0, validation_errors: [{ code: 'invalid_date', field: 'date', row: 2 }] })]);
    const error = (await client.request({ path: '/ingest', method: 'POST', schema: z.looseObject({}) }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(200);
    expect(error.validationErrors[0]?.row).toBe(2);
    const fine = setup([json({ imported_rows: 3, validation_errors: [] })]);
    await expect(fine.client.request({ path: '/ingest', method: 'POST', schema: z.looseObject({}) })).resolves.toBeTruthy();
  });

  it('a null or odd field in an error answer reads as missing: the answer stays a failure and keeps its other fields', async () => {
    // a 200 upload answer whose entries carry nulls was taken for a success ("Imported 0 rows")
    const odd = [{ code: 'invalid_date', field: 'date', row: 3, message: null }, { code: null, field: 'sold', row: '4' }, 'not an entry'];
    const { client } = setup([json({ imported_rows: 0, validation_errors: odd })]);
    const refused = (await client.request({ path: '/ingest', method: 'POST', schema: z.looseObject({}) }).catch((e: unknown) => e)) as ApiError;
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused.validationErrors.map(({ code, field, row }) => ({ code, field, row }))).toEqual([
      { code: 'invalid_date', field: 'date', row: 3 },
      { code: undefined, field: 'sold', row: undefined },
      { code: undefined, field: undefined, row: undefined },
    ]);
    const byField = setup([json({ imported_rows: 0, validation_errors: { date: ['invalid'] } })]);
    await expect(byField.client.request({ path: '/ingest', method: 'POST', schema: z.looseObject({}) })).rejects.toBeInstanceOf(ApiError);
    const bad = setup([json({ message: null, error_code: 7, validation_errors: [{ code: 'min', field: 'sold', row: 3 }] }, 400)]);
    const error = (await bad.client.request({ path: '/x', method: 'POST', json: {}, schema: okSchema }).catch((e: unknown) => e)) as ApiError;
    expect({ key: error.messageKey, code: error.errorCode, fields: error.validationErrors.map((v) => v.field) })
      .toEqual({ key: 'error.http.400', code: undefined, fields: ['sold'] });
  });

  it('throws NetworkError when fetch fails and SchemaError for malformed JSON', async () => {
    const { client } = setup([new TypeError('Failed to fetch')], { maxAttempts: 1 });
    await expect(client.request({ path: '/x', schema: okSchema })).rejects.toBeInstanceOf(NetworkError);
    const bad = setup([new Response('{"items": [', { status: 200 })]);
    await expect(bad.client.request({ path: '/x', schema: okSchema })).rejects.toBeInstanceOf(SchemaError);
  });
});

describe('time limit', () => {
  /** A transport that never answers (but, like fetch, rejects once its signal aborts). */
  const hang = (calls: RequestInit[]) => vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init ?? {});
    return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
  });

  it('gives up on a request that gets no answer, aborts it, and does not retry it', async () => {
    const inits: RequestInit[] = [];
    const { client } = setup([], { fetch: hang(inits), timeoutMs: 30 });
    const error = await client.request({ path: '/events/', schema: okSchema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(describeError(error)).toBe('The server took too long to answer. Please try again.');
    expect(inits).toHaveLength(1);
    expect(inits[0]?.signal?.aborted).toBe(true);
  });

  it('also gives up when the answer starts but its body never ends, even if the transport ignores the abort', async () => {
    const endless = () => new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('{"ok"')); } }));
    const { client } = setup([endless], { timeoutMs: 30 });
    await expect(client.send({ method: 'PUT', path: '/x', json: {} })).rejects.toBeInstanceOf(TimeoutError);
  });

  it('keeps a caller abort an abort, and lets an upload take longer than the limit to send', async () => {
    const controller = new AbortController();
    const { client } = setup([], { fetch: hang([]), timeoutMs: 1_000 });
    const pending = client.request({ path: '/x', schema: okSchema, signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    expect(((await pending) as DOMException).name).toBe('AbortError');

    const progressFetch = vi.fn(() => new Promise<Response>((resolve) => setTimeout(() => resolve(json({ ok: true })), 60)));
    const upload = setup([], { progressFetch, timeoutMs: 20 });
    await expect(upload.client.request({ method: 'POST', path: '/ingest', formData: new FormData(), schema: okSchema, onUploadProgress: () => {} }))
      .resolves.toEqual({ ok: true });
  });

  it('gives up on an upload whose answer does not come within the limit once it is all sent', async () => {
    const progressFetch = vi.fn((_url: string, init: RequestInit, onProgress: (p: { loaded: number; total: number | null }) => void) =>
      new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        onProgress({ loaded: 5, total: 10 });
        setTimeout(() => onProgress({ loaded: 10, total: 10 }), 60); // sending outlasts the limit
      }));
    const { client } = setup([], { progressFetch, timeoutMs: 30 });
    const started = Date.now();
    const error = await client.request({ method: 'POST', path: '/ingest', formData: new FormData(), schema: okSchema, onUploadProgress: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(85); // 60 ms sending + 30 ms waiting for the answer
  });
});

describe('uploads with progress', () => {
  it('switches to the progress transport and parses the answer like any call', async () => {
    const progress: unknown[] = [];
    const progressFetch = vi.fn(async (_url: string, _init: RequestInit, onProgress: (p: { loaded: number; total: number | null }) => void) => {
      onProgress({ loaded: 5, total: 10 });
      return json({ ok: true });
    });
    const { client, fetch } = setup([json({ ok: false })], { progressFetch });
    const form = new FormData();
    await expect(client.request({ path: '/ingest/transaction_summary/from_excel', method: 'POST', query: { eid: 'e1' }, formData: form, schema: okSchema, onUploadProgress: (p) => progress.push(p) }))
      .resolves.toEqual({ ok: true });
    expect(fetch).not.toHaveBeenCalled();
    expect(progressFetch.mock.calls[0]?.[0]).toBe('http://api.test/api/v3/ingest/transaction_summary/from_excel?eid=e1');
    expect(new Headers(progressFetch.mock.calls[0]?.[1].headers).get('Authorization')).toBe('Bearer tok');
    expect(progress).toEqual([{ loaded: 5, total: 10 }]);
  });
});
