// Bundle checks inside `npm test` (after `vite build`):
//  - the JavaScript the first page loads (entry + its static imports) stays ≤ 130 kB gzip;
//  - recharts is not part of it (charts are lazy);
//  - no page's first paint needs more than 14 JavaScript files (entry + the page's chunk and its
//    static imports): small files queue on a phone's connections (bench/FINDINGS.md §0.16,
//    scripts/chunk-groups.ts);
//  - the production bundle carries no mock code and no mockServiceWorker.js;
//  - react-router comes from its production build (its export map only names the development one).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DIST = 'dist';
const BUDGET_KB = Number(process.env.FIRST_PAGE_BUDGET_KB ?? 130);
const fail = (msg) => { console.error(`✖ ${msg}`); process.exitCode = 1; };

const report = JSON.parse(readFileSync(join(DIST, '.vite/bundle-report.json'), 'utf8'));
const byFile = new Map(report.map((c) => [c.file, c]));
const entry = report.find((c) => c.isEntry);
const initial = new Set();
(function walk(file) {
  if (initial.has(file)) return;
  initial.add(file);
  for (const dep of byFile.get(file)?.imports ?? []) walk(dep);
})(entry.file);

let total = 0;
for (const file of initial) {
  const gz = gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
  total += gz;
  console.log(`  ${file.padEnd(48)} ${(gz / 1024).toFixed(1).padStart(7)} kB gzip`);
}
console.log(`  first-page JavaScript: ${(total / 1024).toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB * 1024) fail(`first-page JavaScript is ${(total / 1024).toFixed(1)} kB gzip, over the ${BUDGET_KB} kB budget`);

const MAX_FILES = Number(process.env.FIRST_PAINT_FILES_MAX ?? 14);
const closure = (file, into) => {
  if (into.has(file)) return into;
  into.add(file);
  for (const dep of byFile.get(file)?.imports ?? []) closure(dep, into);
  return into;
};
for (const chunk of report) {
  const page = chunk.modules.find((m) => /^\/src\/app\/routes\/[^/]+-page\.tsx$/.test(m));
  if (!page) continue;
  const files = closure(chunk.file, new Set(initial)).size;
  if (files > MAX_FILES) fail(`${page.replace('/src/app/routes/', '')} needs ${files} JavaScript files before its first paint (at most ${MAX_FILES}); see scripts/chunk-groups.ts`);
}

const initialModules = [...initial].flatMap((f) => byFile.get(f)?.modules ?? []);
if (initialModules.some((m) => m.includes('node_modules/recharts/'))) fail('recharts is in the first-page bundle; load charts lazily');

const allModules = report.flatMap((c) => c.modules);
const mockModules = allModules.filter((m) => m.startsWith('/mocks/') || m.includes('node_modules/msw/'));
const devRouter = allModules.filter((m) => m.includes('node_modules/react-router/dist/development/'));
if (devRouter.length) fail(`react-router's development build is in the bundle (${devRouter[0]}); see reactRouterProductionBuild in vite.config.ts`);
if (mockModules.length) fail(`mock code in the production bundle: ${mockModules.slice(0, 3).join(', ')}`);
if (existsSync(join(DIST, 'mockServiceWorker.js'))) fail('dist/mockServiceWorker.js exists in the production build');
const js = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
if (js.some((f) => readFileSync(join(DIST, 'assets', f), 'utf8').includes('mockServiceWorker'))) fail('a production chunk references mockServiceWorker');

if (!process.exitCode) console.log('✔ bundle checks passed');
