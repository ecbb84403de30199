// (5) Memory: JS heap after opening 1 event detail vs after opening 20 in a row, by SPA
// navigation (click an event in the list, wait until the detail is drawn and the network is
// quiet, go back with the browser's Back — popstate, no reload). Heap = CDP
// Performance.getMetrics JSHeapUsedSize right after HeapProfiler.collectGarbage (twice),
// taken on the detail page each time. Then, to tell retained cache from a leak, the page's
// clock (Playwright's fake timers, installed before load; time otherwise flows normally) jumps
// past TanStack Query's gcTime (5 min) so the cache drops the queries no page uses, and the
// heap is taken once more. Heap snapshots after 1 and at that point, summed by V8 node type,
// show what grew (compiled code vs app objects).
import { signedInContext } from './browser.mjs';
import { waitForQuiet } from './quiet.mjs';
import { round } from './stats.mjs';
import { heapByType, heapDiff } from './heap-snapshot.mjs';

const DETAILS = Number(process.env.BENCH_MEMORY_DETAILS ?? 20);
/** Past TanStack Query's default gcTime of 5 minutes (src/app/query-client.ts keeps the default). */
const GC_JUMP = '05:30';

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await new Promise((r) => setTimeout(r, 200));
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  return { jsHeapUsed: get('JSHeapUsedSize'), jsHeapTotal: get('JSHeapTotalSize'), nodes: get('Nodes'), listeners: get('JSEventListeners') };
}

export async function benchMemory(browser, appUrl, session, log) {
  const context = await signedInContext(browser, appUrl, session);
  const page = await context.newPage();
  const quiet = waitForQuiet(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.clock.install();
  try {
    await page.goto(`${appUrl}/events`);
    const rows = page.locator('main table tbody tr');
    await rows.first().waitFor();
    await quiet.idle(500);
    const links = page.locator('main table tbody tr a[href^="/events/"]');
    const count = await links.count();
    if (count < DETAILS) throw new Error(`the events list shows only ${count} event links`);
    const samples = [];
    const visited = [];
    let firstByType = {};
    for (let i = 0; i < DETAILS; i++) {
      const link = links.nth(i);
      const href = await link.getAttribute('href');
      await link.click();
      await page.waitForURL((u) => u.pathname === href);
      await page.locator('main h1').first().waitFor();
      await quiet.idle(600, 20_000);
      visited.push(href);
      if (i === 0 || i === DETAILS - 1 || i % 5 === 4) samples.push({ details: i + 1, ...(await heap(cdp)) });
      if (i === 0) firstByType = await heapByType(cdp);
      if (i < DETAILS - 1) {
        await page.goBack();
        await page.waitForURL((u) => u.pathname === '/events');
        await links.nth(i + 1).waitFor();
        await quiet.idle(300);
      }
    }
    const first = samples[0];
    const last = samples[samples.length - 1];
    const growth = (last.jsHeapUsed - first.jsHeapUsed) / first.jsHeapUsed;
    await page.clock.fastForward(GC_JUMP);
    await quiet.idle(600, 20_000);
    const afterCacheGc = { details: DETAILS, ...(await heap(cdp)) };
    const byType = heapDiff(firstByType, await heapByType(cdp));
    const growthAfterCacheGc = (afterCacheGc.jsHeapUsed - first.jsHeapUsed) / first.jsHeapUsed;
    log(`memory: ${round(first.jsHeapUsed / 1048576, 2)} MB after 1, ${round(last.jsHeapUsed / 1048576, 2)} MB after ${DETAILS} (+${round(growth * 100)} %), ${round(afterCacheGc.jsHeapUsed / 1048576, 2)} MB after the cache's gcTime`);
    return { details: DETAILS, visited, samples, growth: round(growth, 4), afterCacheGc, growthAfterCacheGc: round(growthAfterCacheGc, 4), gcJump: GC_JUMP, byType };
  } finally {
    await context.close();
  }
}
