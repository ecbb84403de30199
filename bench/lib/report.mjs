// bench/REPORT.md from one run's results (bench/results.json holds the raw numbers).
import { kB, round } from './stats.mjs';

/** A Markdown table; `align` has one letter per column: l(eft) or r(ight), default "lrrr…". */
const table = (head, rows, align = '') => [
  `| ${head.join(' | ')} |`,
  `|${head.map((_, i) => ((align[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? '---' : '---:')).join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const size = (s) => `${kB(s.gzip)} / ${kB(s.brotli)}`;
const ms = (v) => (v == null ? '—' : `${Math.round(v)} ms`);
const mb = (b) => `${round(b / 1048576, 2)} MB`;
const file = (f) => `\`${f.replace('assets/', '')}\``;

function bundleSection(r) {
  const b = r.bundle;
  const derived = new Map(b.derived.perRoute.map((d) => [d.key, d]));
  const rows = b.measured.map((m) => {
    const d = derived.get(m.key);
    const later = m.afterFirstPaint.files.filter((f) => f.endsWith('.js'));
    return [`${m.label} \`${m.path}\``, size(m.firstPaint.jsSize), size(m.firstPaint.cssSize), d ? size(d.jsSize) : '—', d ? size(d.cssSize) : '—', later.length ? `${size(m.afterFirstPaint.jsSize)} (${later.map(file).join(', ')})` : '—', `${kB(m.untilIdle.transferred)} kB`, ms(m.fcpMs)];
  });
  const explain = b.measured.map((m) => {
    const d = derived.get(m.key);
    if (!d) return null;
    const extra = m.firstPaint.js.filter((f) => !d.js.includes(f));
    const missing = d.js.filter((f) => !m.firstPaint.js.includes(f));
    if (!extra.length && !missing.length) return `- ${m.label}: measured = derived (same ${d.js.length} JS files).`;
    return `- ${m.label}: ${extra.length ? `the browser also fetched ${extra.map(file).join(', ')} before first paint (lazy chunks the page pulls in while it is still blank)` : ''}${extra.length && missing.length ? '; ' : ''}${missing.length ? `not fetched before first paint: ${missing.map(file).join(', ')}` : ''}.`;
  }).filter(Boolean);
  const attribution = r.bundle.eventsAttribution
    ? `\n\nWhere the events list's first-paint JavaScript comes from (minified bytes per source from the hidden source maps; gzip shares approximate):\n\n${table(['Source', 'minified kB', '≈ gzip kB'], r.bundle.eventsAttribution.slice(0, 12).map((a) => [a.group, kB(a.raw), kB(a.gzipApprox)]))}`
    : '';
  return `## 1. Bundle

Sizes are gzip (level 9) / brotli (quality 11) in kB of the files of the production build.
**Measured** = the script and stylesheet requests Chromium makes when a signed-in user opens the
route in a fresh context, until the network is idle, counting those that start before the first
contentful paint. **Derived** = entry chunk + its static imports + the route's page chunk + its
static imports (\`.vite/bundle-report.json\` of the bench's build in \`bench/.tmp/dist\`, same config and
mode as \`npm run build\`), their CSS from the Vite manifest.
The measured figure is the one the targets use: it is what a user's browser actually fetches, and
it shows chunks that the bundle graph calls lazy but the route needs before it paints.

${table(['Route', 'JS first paint', 'CSS first paint', 'JS derived', 'CSS derived', 'JS after first paint', 'Transferred (preview, gzip)', 'FCP (unthrottled)'], rows)}

${explain.join('\n')}${attribution}

### Lazy chunks (everything outside the entry's static imports)

${table(['Chunk', 'Mostly', 'raw kB', 'gzip kB', 'brotli kB'], b.derived.lazy.map((c) => [file(c.file), c.what, kB(c.raw), kB(c.gzip), kB(c.brotli)]), 'llrrr')}

Entry + static imports (every route pays this): ${size(b.derived.initialSize)} kB gzip / brotli.

### Stylesheets

${table(['File', 'Loaded', 'gzip kB', 'brotli kB'], b.derived.css.map((c) => [file(c.file), c.initial ? 'index.html' : 'with its route', kB(c.gzip), kB(c.brotli)]), 'llrr')}`;
}

function lighthouseSection(r) {
  const lh = r.lighthouse;
  if (!lh) return '## 2. Lighthouse\n\nNot run.';
  const rows = lh.pages.flatMap((p) => ['mobile', 'desktop'].map((k) => {
    const m = p[k].median;
    return [`${p.label} \`${p.path}\``, k, `**${m.score}** (${p[k].runs.map((x) => x.score).join(', ')})`, ms(m.fcp), ms(m.lcp), ms(m.tbt), round(m.cls, 4), `${kB(m.bytes)} kB`];
  }));
  const diag = lh.pages.map((p) => {
    const runs = p.mobile.runs;
    const typical = [...runs].sort((a, b) => a.score - b.score)[Math.floor(runs.length / 2)];
    const worstCls = runs.reduce((a, b) => (b.cls > a.cls ? b : a));
    const shifts = worstCls.layoutShifts.map((s) => `\`${s.node}\` ${round(s.score, 4)}`).join(', ');
    const lost = typical.lost ? Object.entries(typical.lost).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v}`).join(', ') : '';
    return `- ${p.label} (mobile): points lost in the median run: ${lost || '—'}; LCP element ${typical.lcpElement ? `\`${typical.lcpElement}\`` : '—'}; layout shifts in the run with the most (CLS ${round(worstCls.cls, 4)}): ${shifts || 'none'}.`;
  });
  return `## 2. Lighthouse

Lighthouse ${lh.version} (devDependency), ${lh.runs} runs per page and preset, medians; scores of
the single runs in brackets. Mobile = Lighthouse's default (simulated slow 4G, 4× CPU slowdown),
desktop = its desktop config. Against \`vite preview\` of the production build (mocking off,
gzip on), API proxied to the standalone mock server. Chromium: \`${lh.chromeFlags.join(' ')}\`.
Signed in by writing the session into sessionStorage at document start (see bench/lib/lighthouse.mjs);
Lighthouse's own storage reset stays on, so every run is a cold load.

${table(['Page', 'Preset', 'Score', 'FCP', 'LCP', 'TBT', 'CLS', 'Transferred'], rows, 'llrrrrrr')}

${diag.join('\n')}`;
}

function chartsSection(r) {
  const c = r.charts;
  const rows = c.rows.map((x) => [x.days, `${ms(x.oursMs)} (${x.oursMarks} bars drawn)`, `${ms(x.plainFirstMs)}`, `${ms(x.plainDrawnMs)} (${x.plainMarks} dots)`, `${round(x.ratioDrawn * 100)} %`, `${round(x.ratioFirst * 100)} %`]);
  const cold = c.cold?.map((s) => `${s.variant} ${s.days} d: ${ms(s.drawn)}`).join(', ');
  return `## 3. Charts

Headless Chromium, bench page \`bench/chart-bench.html\` (own Vite build, production React), ${c.width} px
wide, synthetic daily sales with ~12 % of days missing and three campaign results. **Ours** = the
event-detail page's own \`DailyRevenueChart\` component (revenue, custom range of N days in the URL,
the API answer already in the query cache — that is "data ready"): it fills the days, places the
markers, downsamples to ≤ 500 bars (marker days kept), draws its card, legend and the lazy
\`TimeSeriesChart\` (bars, no animation). **Plain** = the same filled rows in a ${c.width}×${c.height} px
\`<ResponsiveContainer><LineChart>\` with \`CartesianGrid\`, \`XAxis\`, \`YAxis\`, \`Tooltip\`,
\`<Line dataKey="revenue">\`, every default on (entrance animation 1.5 s, dots). Clock: from just before
\`root.render\` to the frame after the condition holds (MutationObserver → requestAnimationFrame →
task). **Drawn** = the chart as it finally looks: ours, its bars are in the DOM (one commit, no
animation); plain, the line path no longer carries the animating \`stroke-dasharray\`. **First path** =
the plain chart's line path first in the DOM (its dots show then, the line is still hidden behind
the dash). Medians of ${c.reps} alternating runs after one warm-up each.

${table(['Days', 'Ours drawn', 'Plain first path', 'Plain drawn', 'Ours / plain drawn', 'Ours / plain first path'], rows)}

Cold first render (the warm-up runs; the very first one also pays for mounting the lazy chart
module and React's first commit on the page): ${cold}.`;
}

function listsSection(r) {
  const l = r.lists;
  return `## 4. Lists

Scenario \`large\` (${l.events.toLocaleString('en')} events). Filter change: the real events list in
Chromium (1366 px), the City filter's checkboxes, one more city per step and then one fewer, so every step is a
filter set not yet in the query cache (${l.filter.warmup} warm-up steps, then ${l.filter.steps}). Timed in the page
from the click on the checkbox (React handles its onChange in the click event) to the frame after the table shows other rows and is no longer busy
(this includes the request through the preview proxy to the mock server).

| Measure | Median | p95 |
|---|---:|---:|
| Filter change → table drawn | ${ms(l.filter.medianMs)} | ${ms(l.filter.p95Ms)} |
| Mock server, \`GET /api/v3/events/?${l.latency.query}\` (${l.latency.requests} requests, ${l.latency.matching} matching events, ${l.latency.pages} pages) | ${l.latency.medianMs} ms | ${l.latency.p95Ms} ms |

Single filter-change samples (ms): ${l.filter.samples.join(', ')}.`;
}

function memorySection(r) {
  const m = r.memory;
  const rows = m.samples.map((s) => [s.details, mb(s.jsHeapUsed), s.nodes, s.listeners]);
  rows.push([`${m.details} + ${m.gcJump} min (cache gcTime passed)`, mb(m.afterCacheGc.jsHeapUsed), m.afterCacheGc.nodes, m.afterCacheGc.listeners]);
  return `## 5. Memory

Chromium, events list → click an event → detail drawn and network quiet → Back, ${m.details} times (SPA
navigation). JS heap = CDP \`Performance.getMetrics\` \`JSHeapUsedSize\` after \`HeapProfiler.collectGarbage\`,
on the detail page. The last row moves the page's clock past TanStack Query's 5-minute \`gcTime\`
(Playwright fake timers) so queries no page uses are dropped: what remains is not cache.

${table(['Details opened', 'JS heap used', 'DOM nodes', 'JS listeners'], rows)}
${m.byType ? `
What grew from 1 detail to ${m.details} + gcTime (heap snapshots, self size by V8 node type):

${table(['Node type', 'after 1', 'after ' + m.details + ' + gcTime', 'change'], m.byType.slice(0, 8).map((t) => [t.type, `${kB(t.before)} kB`, `${kB(t.after)} kB`, `${t.delta >= 0 ? '+' : ''}${kB(t.delta)} kB`]))}` : ''}
${m.jitless ? `
**Control with V8's JIT off** (\`--js-flags=--jitless\`, same walk, same measurements): compiled and
optimised code is then only bytecode, so what grows is the app's own heap.

${table(['Details opened', 'JS heap used'], [...m.jitless.samples.map((s) => [s.details, mb(s.jsHeapUsed)]), [`${m.jitless.details} + ${m.jitless.gcJump} min (cache gcTime passed)`, mb(m.jitless.afterCacheGc.jsHeapUsed)]])}

Growth with the JIT off: +${round(m.jitless.growth * 100)} % after ${m.jitless.details} details, +${round(m.jitless.growthAfterCacheGc * 100)} % once the query cache's gcTime has passed (with the JIT: +${round(m.growth * 100)} % and +${round(m.growthAfterCacheGc * 100)} %).` : ''}`;
}

export function renderReport(r) {
  const targets = table(['Target', 'Measured', 'Result'], r.targets.map((t) => [t.target, t.measured, t.pass ? '✅ pass' : '❌ miss']), 'lll');
  return `# Performance report

Written by \`npm run bench\` (bench/run.mjs) on ${r.meta.date}: commit \`${r.meta.commit}\`${r.meta.dirty ? ' with uncommitted changes in the working tree' : ''},
Node ${r.meta.node}, ${r.meta.browser}, ${r.meta.cpus} CPU cores (1/5/15-min load average ${r.meta.loadavg.join(' / ')} at the start${r.meta.loadavgEnd ? `, ${r.meta.loadavgEnd.join(' / ')} at the end` : ''};
a shared machine: timings carry noise), run time ${r.meta.durationSec} s. Raw numbers: [results.json](results.json).
Analysis of the misses: [FINDINGS.md](FINDINGS.md).

## Targets

${targets}

${bundleSection(r)}

${lighthouseSection(r)}

${chartsSection(r)}

${listsSection(r)}

${memorySection(r)}

## Re-run

\`npm run bench\` (about ${Math.ceil(r.meta.durationSec / 60)} minutes). Ports ${r.meta.ports.join(', ')} (\`BENCH_PORT_BASE\`); Chromium from
\`CHROMIUM_PATH\` or \`/usr/bin/chromium\`. Fewer repetitions for a quick look: \`BENCH_LH_RUNS=1 BENCH_CHART_REPS=2\`.
`;
}
