import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { encodeBody, MIN_COMPRESS_BYTES } from './http-encoding';

const json = Buffer.from(JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => ({ id: `evt_${i}`, title: 'A long enough title' })) }));

describe('encodeBody', () => {
  it('gzips a large JSON body for a client that accepts gzip, and says so in the headers', () => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(json.length) };
    const out = encodeBody(json, headers, 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers.vary).toBe('Accept-Encoding');
    expect(headers['content-length']).toBeUndefined();
    expect(out.length).toBeLessThan(json.length / 4);
    expect(gunzipSync(out).equals(json)).toBe(true);
  });

  it('leaves the body alone when the client does not accept gzip (or refuses it with q=0)', () => {
    for (const accept of [undefined, 'identity', 'br', 'gzip;q=0']) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      expect(encodeBody(json, headers, accept)).toBe(json);
      expect(headers['content-encoding']).toBeUndefined();
    }
  });

  it('leaves small bodies and binary downloads alone', () => {
    const small = Buffer.alloc(MIN_COMPRESS_BYTES - 1, 'a');
    expect(encodeBody(small, { 'content-type': 'application/json' }, 'gzip')).toBe(small);
    const xlsx = Buffer.alloc(50_000, 1);
    const headers = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    expect(encodeBody(xlsx, headers, 'gzip')).toBe(xlsx);
  });
});
