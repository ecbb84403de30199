import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiOrigin, inlineScriptHashes, policyFor, withPolicy } from './content-security-policy';

const page = `<!doctype html>
<html><head>
    <meta charset="UTF-8" />
    <title>x</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
    <script>console.log(1)</script>
  </head><body><div id="root"></div></body></html>`;

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('content security policy', () => {
  it('pins each inline script by its hash and leaves scripts with a src to script-src self', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('console.log(1)')]);
    expect(inlineScriptHashes('<script src="/a.js"></script>')).toEqual([]);
  });

  it('allows the configured API hosts for requests, and nothing else from elsewhere', () => {
    expect(apiOrigin('/api/v3')).toBeUndefined();
    expect(apiOrigin('https://client-api.prd.future-demand.com/api/v3')).toBe('https://client-api.prd.future-demand.com');
    const policy = policyFor(["'sha256-x'"], ['https://client-api.prd.future-demand.com/api/v3', 'https://cr.example.com/cr-api', '/api/v3', undefined]);
    expect(policy).toContain("connect-src 'self' https://client-api.prd.future-demand.com https://cr.example.com;");
    expect(policy).toContain("script-src 'self' 'sha256-x';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe');
  });

  it('puts the policy right after the charset, before any script it governs', () => {
    const out = withPolicy(page, ['/api/v3']);
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(sha('console.log(1)'));
    expect(() => withPolicy('<html><body></body></html>', [])).toThrow(/no <head>/);
  });
});
