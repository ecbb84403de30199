import { gzipSync } from 'node:zlib';

/** JSON and text; binary downloads (workbooks) are already compressed. */
const COMPRESSIBLE = /^(application\/(json|problem\+json)|text\/)/i;
/** Below this a compressed body is not worth the bytes of the header (API Gateway's usual minimum). */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * Gzips a response body when the client accepts it, as production API hosts do (API Gateway's
 * content encoding, CloudFront). A 50-event list page is ≈ 33 kB of JSON and ≈ 4 kB gzipped; on a
 * slow mobile connection that is ≈ 150 ms of the page's largest paint. Updates `headers` in place.
 */
export function encodeBody(body: Buffer, headers: Record<string, string>, acceptEncoding: string | undefined): Buffer {
  const type = headers['content-type'] ?? '';
  const acceptsGzip = /(^|,)\s*gzip\s*(;\s*q=(?!0(\.0*)?\s*(,|$))[\d.]+)?\s*(,|$)/i.test(acceptEncoding ?? '');
  if (body.length < MIN_COMPRESS_BYTES || !COMPRESSIBLE.test(type) || !acceptsGzip || headers['content-encoding']) return body;
  headers['content-encoding'] = 'gzip';
  headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
  delete headers['content-length'];
  return gzipSync(body);
}
