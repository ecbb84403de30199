// `node bench/ab.mjs <label>=<dist dir> …`: an A/B of Lighthouse scores between production
// builds made elsewhere (e.g. `vite build --outDir /tmp/ab/dist-A` in a worktree of another
// commit). One mock server, one `vite preview` per build (this checkout's proxy config), and the
// runs interleaved — A, B, C, A, B, C … — so a machine that slows down mid-run hurts every build
// alike. Prints per-build medians and the runs. Not part of `npm test` or `npm run bench`.
//   BENCH_AB_RUNS (5), BENCH_AB_PAGES (events: any of overview,events,eventDetail),
//   BENCH_LH_PRESETS (mobile), BENCH_PORT_BASE (48701).
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch as launchChrome } from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumPath, injectSession, signInSession } from './lib/browser.mjs';
import { CHROME_FLAGS } from './lib/lighthouse.mjs';
import { benchRoutes, pickIds } from './lib/routes.mjs';
import { startNode, stopAll } from './lib/servers.mjs';
import { median } from './lib/stats.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const builds = process.argv.slice(2).map((arg) => { const [label, dir] = arg.split('='); return { label, dir }; });
if (builds.length < 2 || builds.some((b) => !b.label || !b.dir)) throw new Error('usage: node bench/ab.mjs A=/path/to/dist B=/path/to/dist …');
const RUNS = Number(process.env.BENCH_AB_RUNS ?? 5);
const PAGES = (process.env.BENCH_AB_PAGES ?? 'events').split(',');
const PRESETS = (process.env.BENCH_LH_PRESETS ?? 'mobile').split(',');
const BASE = Number(process.env.BENCH_PORT_BASE ?? 48701);
const mockUrl = `http://localhost:${BASE}`;
const apiBase = `${mockUrl}/api/v3`;

async function main() {
  await startNode('mock server', ['node_modules/tsx/dist/cli.mjs', 'mocks/server.ts'], { env: { PORT: String(BASE) }, readyUrl: `${apiBase}/status/` });
  for (const [i, b] of builds.entries()) {
    b.url = `http://localhost:${BASE + 2 + i}`;
    await startNode(`preview ${b.label}`, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', b.dir, '--port', String(BASE + 2 + i), '--strictPort'], { env: { API_PROXY_TARGET: mockUrl }, readyUrl: `${b.url}/` });
  }
  const session = await signInSession(apiBase);
  const routes = benchRoutes(await pickIds(apiBase, session)).filter((r) => PAGES.includes(r.key));
  const chrome = await launchChrome({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS, port: BASE + 1 });
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const results = {};
  try {
    for (const b of builds) await injectSession(cdp.contexts()[0], b.url, session);
    for (let run = 0; run < RUNS; run++) {
      for (const route of routes) for (const preset of PRESETS) for (const b of builds) {
        const { lhr } = await lighthouse(`${b.url}${route.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, preset === 'desktop' ? desktopConfig : undefined);
        if (new URL(lhr.finalDisplayedUrl).pathname !== route.path) throw new Error(`${b.label} ended on ${lhr.finalDisplayedUrl}`);
        const a = lhr.audits;
        const r = { score: Math.round(lhr.categories.performance.score * 100), fcp: a['first-contentful-paint'].numericValue, lcp: a['largest-contentful-paint'].numericValue, tbt: a['total-blocking-time'].numericValue, si: a['speed-index'].numericValue };
        ((results[`${route.key} ${preset}`] ??= {})[b.label] ??= []).push(r);
        console.log(`#${run + 1} ${route.key} ${preset} ${b.label}: ${r.score} (FCP ${Math.round(r.fcp)}, LCP ${Math.round(r.lcp)}, TBT ${Math.round(r.tbt)}, SI ${Math.round(r.si)})`);
      }
    }
  } finally {
    await cdp.close().catch(() => {});
    chrome.kill();
  }
  for (const [key, perBuild] of Object.entries(results)) {
    console.log(`\n${key}: build — median score (runs) — median FCP / LCP / TBT / SI ms`);
    for (const [label, runs] of Object.entries(perBuild)) {
      const m = (k) => Math.round(median(runs.map((r) => r[k])));
      console.log(`  ${label}: ${m('score')} (${runs.map((r) => r.score).join(', ')}) — ${m('fcp')} / ${m('lcp')} / ${m('tbt')} / ${m('si')}`);
    }
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; }).finally(stopAll);
