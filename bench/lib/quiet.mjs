// Network idle for single-page navigation: Playwright's 'networkidle' only applies to page
// loads, so count the page's requests in flight and wait until none for `quietMs`.
export function waitForQuiet(page) {
  let inflight = 0;
  let last = Date.now();
  const up = () => { inflight++; last = Date.now(); };
  const down = () => { inflight = Math.max(0, inflight - 1); last = Date.now(); };
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  return {
    /** Resolves once no request was in flight for `quietMs` (or after `timeoutMs`). */
    async idle(quietMs = 500, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (inflight === 0 && Date.now() - last >= quietMs) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    },
    stop() {
      page.off('request', up);
      page.off('requestfinished', down);
      page.off('requestfailed', down);
    },
  };
}
