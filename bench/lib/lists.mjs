// (4) Lists, on the `large` scenario (10,000 events):
//  - filter change → updated table drawn, driving the real events list: the City filter's
//    checkboxes, one city more per step, then one city less (every step is a filter set the
//    page has not seen, so no step is served from the query cache). Measured in the page:
//    from the click on the checkbox (event.timeStamp; React runs a checkbox's onChange in the
//    click event) to the first frame after the table shows different rows and is no longer
//    busy/stale (MutationObserver → requestAnimationFrame → task);
//  - the mock server's latency for a filtered list page, straight over HTTP.
import { authHeaders, signedInContext } from './browser.mjs';
import { median, p95, round } from './stats.mjs';
import { waitForQuiet } from './quiet.mjs';

const STEPS = Number(process.env.BENCH_LIST_STEPS ?? 20);
const WARMUP = 2;
const LATENCY_REQUESTS = 200;

/** Installs a one-shot probe; resolves in the page with ms from the change event to the drawn table. */
function armProbe() {
  return new Promise((resolve, reject) => {
    const table = () => document.querySelector('main table');
    const busy = () => table()?.closest('[aria-busy]')?.getAttribute('aria-busy') === 'true' || Boolean(table()?.closest('.stale-data'));
    const signature = () => `${table()?.querySelector('tbody')?.textContent ?? ''}|${document.querySelector('[aria-live]')?.textContent ?? ''}`;
    const before = signature();
    // React runs a checkbox's onChange in the click event, before the native input/change
    // events: the clock starts at the earliest of the three
    let t0 = null;
    const onInput = (e) => { if (e.target instanceof HTMLInputElement) t0 = Math.min(t0 ?? Infinity, e.timeStamp); };
    for (const type of ['click', 'input', 'change']) document.addEventListener(type, onInput, { capture: true });
    const done = (value) => {
      for (const type of ['click', 'input', 'change']) document.removeEventListener(type, onInput, { capture: true });
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      if (t0 === null || busy() || signature() === before) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => done(performance.now() - t0);
        ch.port2.postMessage(null);
      });
    });
    observer.observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => { observer.disconnect(); reject(new Error('the table did not update within 15 s')); }, 15_000);
  });
}

async function filterChanges(browser, appUrl, session, log) {
  const context = await signedInContext(browser, appUrl, session);
  const page = await context.newPage();
  const quiet = waitForQuiet(page);
  try {
    await page.goto(`${appUrl}/events`);
    await page.locator('main table tbody tr').first().waitFor();
    await quiet.idle(500);
    const more = page.getByRole('button', { name: /more filters/i });
    if (await more.isVisible().catch(() => false)) await more.click();
    const city = page.locator('.multi-select', { hasText: 'City' }).locator('summary');
    await city.click();
    const boxes = page.locator('.multi-select', { hasText: 'City' }).getByRole('checkbox');
    await boxes.first().waitFor();
    const n = await boxes.count();
    // +1, +2, … +n cities, then −1, −2, … : 2n − 1 distinct filter sets
    const plan = [...Array.from({ length: n }, (_, i) => [i, true]), ...Array.from({ length: n - 1 }, (_, i) => [i, false])];
    if (plan.length < STEPS + WARMUP) throw new Error(`only ${plan.length} distinct city filter steps (${n} cities)`);
    const samples = [];
    for (const [i, on] of plan.slice(0, STEPS + WARMUP)) {
      const probe = page.evaluate(armProbe);
      probe.catch(() => {}); // awaited below; keeps a closed page from raising twice
      // click, not setChecked: the box is controlled by the URL, which updates a moment later
      await boxes.nth(i).click();
      samples.push(await probe);
      if ((await boxes.nth(i).isChecked()) !== on) throw new Error(`city ${i} did not turn ${on ? 'on' : 'off'}`);
      await quiet.idle(300);
    }
    const measured = samples.slice(WARMUP);
    log(`lists: filter change → table, median ${round(median(measured))} ms`);
    return { steps: measured.length, warmup: WARMUP, cities: n, medianMs: round(median(measured)), p95Ms: round(p95(measured)), samples: measured.map((s) => round(s)) };
  } finally {
    await context.close();
  }
}

async function serverLatency(apiBase, session) {
  const headers = authHeaders(session);
  const first = await (await fetch(`${apiBase}/events/?city=Berlin&page=1`, { headers })).json();
  const pages = Math.max(1, first.pages ?? 1);
  const times = [];
  for (let i = 0; i < LATENCY_REQUESTS; i++) {
    const url = `${apiBase}/events/?city=Berlin&frontend_status=DEFAULT&frontend_status=FLAGGED&flagged_to_top=true&page=${(i % pages) + 1}`;
    const t = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
    times.push(performance.now() - t);
  }
  return { requests: times.length, query: 'city=Berlin&frontend_status=DEFAULT&frontend_status=FLAGGED&flagged_to_top=true&page=N', matching: first.total, pages, medianMs: round(median(times), 2), p95Ms: round(p95(times), 2), maxMs: round(Math.max(...times), 2) };
}

export async function benchLists(browser, { appUrl, mockUrl, apiBase, session }, log) {
  const reset = await fetch(`${mockUrl}/__mock/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ scenario: 'large' }) });
  if (!reset.ok) throw new Error(`mock reset to large failed: ${reset.status}`);
  try {
    const total = (await (await fetch(`${apiBase}/events/?limit=1&include_archived=true`, { headers: authHeaders(session) })).json()).total;
    const filter = await filterChanges(browser, appUrl, session, log);
    const latency = await serverLatency(apiBase, session);
    log(`lists: server median ${latency.medianMs} ms, p95 ${latency.p95Ms} ms`);
    return { scenario: 'large', events: total, filter, latency };
  } finally {
    await fetch(`${mockUrl}/__mock/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  }
}
