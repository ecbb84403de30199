// (1) Bundle: gzip/brotli of the JS and CSS each route loads for its first paint, and of every
// lazy chunk. Two views, reported side by side:
//  - derived: entry + its static imports, plus the route's page module chunk + its static
//    imports (.vite/bundle-report.json, as scripts/size-check.mjs walks it); their CSS from the
//    Vite manifest (the bench builds with --manifest);
//  - measured: what Chromium requests (script/stylesheet) loading the route until network idle,
//    split into requested before first contentful paint and after it (e.g. recharts, which
//    the page pulls in only when a chart has data).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { signedInContext } from './browser.mjs';
import { waitForQuiet } from './quiet.mjs';

const sizeCache = new Map();
export function fileSizes(dist, file) {
  if (!sizeCache.has(file)) {
    const buf = readFileSync(join(dist, file));
    sizeCache.set(file, {
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizeCache.get(file);
}

export function sumSizes(dist, files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const s = fileSizes(dist, f);
    total.raw += s.raw; total.gzip += s.gzip; total.brotli += s.brotli;
  }
  return total;
}

export const isJs = (f) => f.endsWith('.js');
export const isCss = (f) => f.endsWith('.css');

function closure(byFile, start, into = new Set()) {
  if (!start || into.has(start)) return into;
  into.add(start);
  for (const dep of byFile.get(start)?.imports ?? []) closure(byFile, dep, into);
  return into;
}

/** What a chunk mostly is: its page module, else its biggest package, else its first source file. */
function describe(chunk) {
  const page = chunk.modules.find((m) => /^\/src\/app\/routes\/.+-page\.tsx$/.test(m));
  if (page) return page.replace('/src/app/routes/', '');
  const pkgs = new Map();
  for (const m of chunk.modules) {
    const pkg = m.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    if (pkg) pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + 1);
  }
  const top = [...pkgs.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([p]) => p);
  const src = chunk.modules.filter((m) => m.startsWith('/src/')).slice(0, 2).map((m) => m.replace('/src/', ''));
  return [...top, ...src].slice(0, 3).join(', ') || chunk.modules[0] || '';
}

/** CSS a manifest entry brings with it: its own and that of its static imports (Vite manifest). */
function manifestCss(manifest, key, seen = new Set()) {
  if (!key || seen.has(key) || !manifest[key]) return [];
  seen.add(key);
  return [...(manifest[key].css ?? []), ...(manifest[key].imports ?? []).flatMap((k) => manifestCss(manifest, k, seen))];
}

/** The derived view from the build's own reports. `routes`: [{ key, module: 'events-page.tsx' }]. */
export function derivedBundle(dist, routes) {
  const report = JSON.parse(readFileSync(join(dist, '.vite/bundle-report.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const byFile = new Map(report.map((c) => [c.file, c]));
  const keyOf = new Map(Object.entries(manifest).map(([k, v]) => [v.file, k]));
  const entry = report.find((c) => c.isEntry);
  const initial = closure(byFile, entry.file);
  const initialCss = [...new Set(manifestCss(manifest, keyOf.get(entry.file)))];

  const perRoute = routes.map(({ key, module }) => {
    const chunk = report.find((c) => c.modules.some((m) => m.endsWith(`/src/app/routes/${module}`)));
    const js = chunk ? [...closure(byFile, chunk.file, new Set(initial))] : [...initial];
    const css = [...new Set([...initialCss, ...manifestCss(manifest, keyOf.get(chunk?.file))])];
    return { key, module, chunk: chunk?.file ?? null, js, css, jsSize: sumSizes(dist, js), cssSize: sumSizes(dist, css) };
  });

  const lazy = report
    .filter((c) => !initial.has(c.file))
    .map((c) => ({ file: c.file, what: describe(c), ...fileSizes(dist, c.file) }))
    .sort((a, b) => b.gzip - a.gzip);
  const allCss = [...new Set(Object.values(manifest).flatMap((v) => v.css ?? []))];
  const css = allCss.map((f) => ({ file: f, initial: initialCss.includes(f), ...fileSizes(dist, f) })).sort((a, b) => b.gzip - a.gzip);
  return { entry: entry.file, initial: [...initial], initialSize: sumSizes(dist, [...initial]), perRoute, lazy, css };
}

/** The measured view: one fresh signed-in context per route (empty cache). */
export async function measuredBundle(browser, appUrl, session, dist, routes) {
  const out = [];
  for (const { key, label, path } of routes) {
    const context = await signedInContext(browser, appUrl, session);
    const page = await context.newPage();
    const quiet = waitForQuiet(page);
    await page.goto(`${appUrl}${path}`, { waitUntil: 'load' });
    await quiet.idle(800, 20_000);
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name, start: r.startTime, transfer: r.transferSize, type: r.initiatorType })),
      url: location.pathname,
    }));
    await context.close();
    const own = timing.resources
      .map((r) => ({ ...r, file: new URL(r.name).pathname.replace(/^\//, '') }))
      .filter((r) => r.name.startsWith(appUrl) && (isJs(r.file) || isCss(r.file)));
    const before = own.filter((r) => timing.fcp != null && r.start <= timing.fcp).map((r) => r.file);
    const after = own.filter((r) => !before.includes(r.file)).map((r) => r.file);
    const all = own.map((r) => r.file);
    const pick = (files, pred) => files.filter(pred);
    out.push({
      key, label, path, landedOn: timing.url, fcpMs: timing.fcp,
      firstPaint: { js: pick(before, isJs), css: pick(before, isCss), jsSize: sumSizes(dist, pick(before, isJs)), cssSize: sumSizes(dist, pick(before, isCss)) },
      afterFirstPaint: { files: after, jsSize: sumSizes(dist, pick(after, isJs)), cssSize: sumSizes(dist, pick(after, isCss)) },
      untilIdle: { jsSize: sumSizes(dist, pick(all, isJs)), cssSize: sumSizes(dist, pick(all, isCss)), transferred: own.reduce((s, r) => s + (r.transfer ?? 0), 0) },
    });
  }
  return out;
}
