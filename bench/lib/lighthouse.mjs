// (2) Page loads: Lighthouse 12 (programmatic, from devDependencies) against `vite preview` of
// the production build. The pages are behind sign-in and the session lives in sessionStorage,
// which is per tab — and Lighthouse opens a fresh tab for every run. So:
//   1. chrome-launcher (Lighthouse's own launcher) starts the system Chromium with a remote
//      debugging port and the flags below;
//   2. Playwright connects to that browser over CDP and adds an init script to its default
//      context that writes 'fd.session' into sessionStorage on the app's origin — Playwright
//      attaches to every new tab of the context, including the ones Lighthouse opens, and
//      installs the script before any page script runs;
//   3. Lighthouse runs on that port with its normal storage reset (cold cache, like a first
//      visit); the session is written again at document start, after the reset.
// Each run checks it ended on the requested path (not on /sign-in).
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch as launchChrome } from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { chromiumPath, injectSession } from './browser.mjs';
import { median, round } from './stats.mjs';

export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const ALL_PRESETS = { mobile: undefined, desktop: desktopConfig };
// BENCH_LH_PRESETS=mobile (comma-separated) limits a scratch run to some presets; the report wants both
const PRESETS = Object.fromEntries(Object.entries(ALL_PRESETS).filter(([k]) => (process.env.BENCH_LH_PRESETS ?? 'mobile,desktop').split(',').includes(k)));

function summarize(lhr) {
  const a = lhr.audits;
  return {
    score: lhr.categories.performance.score == null ? null : Math.round(lhr.categories.performance.score * 100),
    fcp: a['first-contentful-paint'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
    bytes: a['total-byte-weight'].numericValue,
    si: a['speed-index'].numericValue,
    // weight × (1 − metric score): where the performance score's missing points went
    lost: Object.fromEntries(lhr.categories.performance.auditRefs.filter((r) => r.weight > 0).map((r) => [r.acronym ?? r.id, Math.round(r.weight * (1 - (a[r.id]?.score ?? 0)) * 10) / 10])),
    finalUrl: lhr.finalDisplayedUrl,
    warnings: lhr.runWarnings,
    lcpElement: a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    layoutShifts: (a['layout-shifts']?.details?.items ?? []).map((i) => ({ score: i.score, node: i.node?.snippet ?? null })),
  };
}

export async function benchLighthouse(appUrl, session, routes, port, log) {
  const chrome = await launchChrome({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS, port });
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  try {
    await injectSession(cdp.contexts()[0], appUrl, session);
    const pages = [];
    for (const route of routes) {
      const url = `${appUrl}${route.path}`;
      const presets = {};
      for (const [preset, config] of Object.entries(PRESETS)) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, config);
          if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
          if (result.lhr.runtimeError) throw new Error(`Lighthouse ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
          const run = summarize(result.lhr);
          if (new URL(run.finalUrl).pathname !== route.path) throw new Error(`Lighthouse ended on ${run.finalUrl}, not ${route.path}: the session did not reach the page`);
          runs.push(run);
          log(`lighthouse ${route.key} ${preset} #${i + 1}: ${run.score} (LCP ${Math.round(run.lcp)} ms, CLS ${run.cls.toFixed(3)})`);
        }
        const med = (k) => median(runs.map((r) => r[k]));
        presets[preset] = {
          median: { score: med('score'), fcp: round(med('fcp'), 0), lcp: round(med('lcp'), 0), tbt: round(med('tbt'), 0), cls: round(med('cls'), 4), bytes: round(med('bytes'), 0) },
          runs,
        };
      }
      pages.push({ key: route.key, label: route.label, path: route.path, ...presets });
    }
    return { runs: RUNS, chromeFlags: CHROME_FLAGS, pages };
  } finally {
    await cdp.close().catch(() => {});
    chrome.kill();
  }
}
