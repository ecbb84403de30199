import { describe, expect, it } from 'vitest';
import { setupMockApi } from '@/testing/msw';
import { xhrFetch } from './xhr-fetch';

setupMockApi();

describe('xhrFetch against the mock API', () => {
  it('returns a real Response with status, headers and body', async () => {
    const response = await xhrFetch('http://localhost/api/v3/status/', { method: 'GET' }, () => undefined);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('surfaces error statuses as responses (the client turns them into ApiError)', async () => {
    const response = await xhrFetch('http://localhost/api/v3/partners/', { method: 'GET' }, () => undefined);
    expect(response.status).toBe(401);
  });

  it('rejects with AbortError when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(xhrFetch('http://localhost/api/v3/status/', { signal: controller.signal }, () => undefined)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
