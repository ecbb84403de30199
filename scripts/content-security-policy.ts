import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Build plugin: a Content-Security-Policy `<meta>` in the built index.html, so the app ships with a
 * policy even where its host sets no header. Scripts run only from our origin plus the inline
 * scripts of the page itself (pinned by hash: today the first-route preload), and the page talks
 * only to our origin and the configured API hosts. A `<meta>` policy cannot set frame-ancestors or
 * reporting; a host that can send headers should send this policy as a header and add those.
 *
 * Not applied to the dev server: Vite's HMR client injects inline scripts there.
 */

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** `sha256-…` source expressions for every inline script of `html`, in document order. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
}

/** The origin of an absolute API base URL; none for a same-origin path like `/api/v3`. */
export function apiOrigin(base: string | undefined): string | undefined {
  if (!base || !/^https?:\/\//i.test(base)) return undefined;
  return new URL(base).origin;
}

/** The policy for a page with these inline script hashes that talks to these API bases. */
export function policyFor(scriptHashes: string[], apiBases: (string | undefined)[]): string {
  const apiOrigins = [...new Set(apiBases.map(apiOrigin).filter((o): o is string => Boolean(o)))];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...apiOrigins].join(' '),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const HEAD_START = /<head>\s*(<meta charset=[^>]*>)?/i;

/** `html` with the policy's `<meta>` first in `<head>`, after the charset (a policy only governs what follows it). */
export function withPolicy(html: string, apiBases: (string | undefined)[]): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineScriptHashes(html), apiBases)}" />`;
  if (!HEAD_START.test(html)) throw new Error('index.html has no <head> to put the Content-Security-Policy in');
  return html.replace(HEAD_START, (start) => `${start}\n    ${meta}`);
}

/** Adds the policy to the emitted index.html, after every other plugin has written its tags. */
export function contentSecurityPolicy(apiBases: (string | undefined)[]): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') return this.error('content-security-policy: no index.html in the bundle');
      page.source = withPolicy(String(page.source), apiBases);
    },
  };
}
