// `npm run bench`: builds the production app (into bench/.tmp/dist, so a teammate's build of
// dist/ cannot change files under our feet) and the chart bench page, starts the standalone
// mock server and `vite preview` (mocking off, API proxied to the mock server), measures
// bundle, Lighthouse, memory, charts and lists on this machine in one run, and writes
// bench/results.json (raw) and bench/REPORT.md (tables). Not part of `npm test`.
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runNode, serveStatic, startNode, stopAll } from './lib/servers.mjs';
import { launch, signInSession } from './lib/browser.mjs';
import { benchRoutes, LIGHTHOUSE_KEYS, pickIds } from './lib/routes.mjs';
import { derivedBundle, measuredBundle } from './lib/bundle.mjs';
import { attributeFiles } from './lib/attribution.mjs';
import { benchLighthouse } from './lib/lighthouse.mjs';
import { benchMemory } from './lib/memory.mjs';
import { benchCharts } from './lib/charts.mjs';
import { benchLists } from './lib/lists.mjs';
import { evaluateTargets } from './lib/targets.mjs';
import { renderReport } from './lib/report.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);
const DIST = 'bench/.tmp/dist';
const BASE = Number(process.env.BENCH_PORT_BASE ?? 48601);
const PORTS = { mock: BASE, app: BASE + 1, charts: BASE + 2, lighthouse: BASE + 3 };
const mockUrl = `http://localhost:${PORTS.mock}`;
const appUrl = `http://localhost:${PORTS.app}`;
const apiBase = `${mockUrl}/api/v3`;
const started = Date.now();
const log = (msg) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);
const git = (cmd) => { try { return execSync(`git ${cmd}`, { encoding: 'utf8' }).trim(); } catch { return ''; } };

async function main() {
  const meta = {
    date: new Date().toISOString(), commit: git('rev-parse --short HEAD'), dirty: git('status --porcelain --untracked-files=no') !== '',
    node: process.version, cpus: cpus().length, loadavg: loadavg().map((l) => l.toFixed(2)), ports: Object.values(PORTS),
  };
  log('building the production app and the chart bench page');
  // --manifest (CSS per chunk) and hidden source maps (byte attribution) change no shipped byte
  runNode(['node_modules/vite/bin/vite.js', 'build', '--outDir', DIST, '--emptyOutDir', '--manifest', '--sourcemap', 'hidden', '--logLevel', 'warn'], { label: 'vite build' });
  rmSync(`${DIST}/mockServiceWorker.js`, { force: true }); // the build's drop-mock-worker plugin only cleans dist/
  runNode(['node_modules/vite/bin/vite.js', 'build', '--config', 'bench/vite.config.ts'], { label: 'chart bench build' });

  log('starting the mock server, vite preview and the chart page server');
  await startNode('mock server', ['node_modules/tsx/dist/cli.mjs', 'mocks/server.ts'], { env: { PORT: String(PORTS.mock) }, readyUrl: `${apiBase}/status/` });
  await startNode('vite preview', ['node_modules/vite/bin/vite.js', 'preview', '--outDir', DIST, '--port', String(PORTS.app), '--strictPort'], { env: { API_PROXY_TARGET: mockUrl }, readyUrl: `${appUrl}/` });
  const chartServer = await serveStatic('bench/.tmp/chart-bench', PORTS.charts);
  const browser = await launch();
  meta.browser = `Chromium ${browser.version()}`;
  try {
    const session = await signInSession(apiBase);
    const ids = await pickIds(apiBase, session);
    const routes = benchRoutes(ids);

    log('bundle');
    const derived = derivedBundle(DIST, routes);
    const measured = await measuredBundle(browser, appUrl, session, DIST, routes);
    const eventsFirstPaint = measured.find((m) => m.key === 'events')?.firstPaint;
    const eventsAttribution = eventsFirstPaint ? attributeFiles(DIST, eventsFirstPaint.js, eventsFirstPaint.jsSize.gzip) : null;
    const bundle = { derived, measured, eventsAttribution };

    log('lighthouse');
    const lighthouse = await benchLighthouse(appUrl, session, routes.filter((r) => LIGHTHOUSE_KEYS.includes(r.key)), PORTS.lighthouse, log);
    lighthouse.version = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;

    log('memory');
    const memory = await benchMemory(browser, appUrl, await signInSession(apiBase), log);
    // control: the same walk with V8's JIT off — what is left is the app's own heap, not compiled code
    const jitless = await launch({ args: ['--js-flags=--jitless'] });
    try {
      memory.jitless = await benchMemory(jitless, appUrl, await signInSession(apiBase), (m) => log(`${m} [jitless]`));
    } finally {
      await jitless.close();
    }
    log('charts');
    const charts = await benchCharts(browser, `${chartServer.url}/chart-bench.html`, log);
    log('lists');
    const lists = await benchLists(browser, { appUrl, mockUrl, apiBase, session: await signInSession(apiBase) }, log);

    meta.durationSec = Math.round((Date.now() - started) / 1000);
    meta.loadavgEnd = loadavg().map((l) => l.toFixed(2));
    const results = { meta, ids, routes, bundle, lighthouse, charts, lists, memory };
    results.targets = evaluateTargets(results);
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 1)}\n`);
    writeFileSync('bench/REPORT.md', renderReport(results));
    for (const t of results.targets) log(`${t.pass ? 'pass' : 'MISS'}  ${t.target}: ${t.measured}`);
    log('wrote bench/REPORT.md and bench/results.json');
  } finally {
    await browser.close();
    await chartServer.stop();
  }
}

/** `node bench/run.mjs --report-only`: re-renders REPORT.md from results.json (no measuring). */
function reportOnly() {
  const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  results.targets = evaluateTargets(results);
  writeFileSync('bench/REPORT.md', renderReport(results));
  log('re-rendered bench/REPORT.md from bench/results.json');
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stopAll(); process.exit(130); });
try {
  if (process.argv.includes('--report-only')) reportOnly();
  else await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  stopAll();
}
