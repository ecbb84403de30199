// (3) Charts: the event-detail daily revenue chart's drawing path vs a plain default recharts
// LineChart, same synthetic data, same page, alternating runs. See bench/chart-bench.tsx.
import { median, round } from './stats.mjs';

export const CHART_SIZES = [365, 730, 5000];
const REPS = Number(process.env.BENCH_CHART_REPS ?? 5);

export async function benchCharts(browser, url, log) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__chartBench?.ready);
    const run = (variant, days) => page.evaluate(([v, d]) => window.__chartBench.run(v, d), [variant, days]);
    const samples = [];
    const cold = [];
    for (const days of CHART_SIZES) {
      // warm-up (JIT, fonts, formatters), reported apart
      cold.push(await run('ours', days));
      cold.push(await run('plain', days));
      for (let i = 0; i < REPS; i++) {
        samples.push(await run('ours', days));
        samples.push(await run('plain', days));
      }
      log(`charts: ${days} days done`);
    }
    const rows = CHART_SIZES.map((days) => {
      const pick = (variant, key) => median(samples.filter((s) => s.variant === variant && s.days === days).map((s) => s[key]));
      const ours = pick('ours', 'drawn');
      const plainDrawn = pick('plain', 'drawn');
      const plainFirst = pick('plain', 'firstMarks');
      return {
        days,
        oursMs: round(ours),
        oursMarks: pick('ours', 'marks'),
        plainFirstMs: round(plainFirst),
        plainDrawnMs: round(plainDrawn),
        plainMarks: pick('plain', 'marks'),
        ratioDrawn: round(ours / plainDrawn, 3),
        ratioFirst: round(ours / plainFirst, 3),
      };
    });
    const { width, height } = await page.evaluate(() => window.__chartBench.size);
    return { reps: REPS, width, height, rows, cold: cold.map((s) => ({ ...s, drawn: round(s.drawn), firstMarks: round(s.firstMarks) })), samples };
  } finally {
    await page.close();
  }
}
