// The targets of issue 8, evaluated against one run's results.
import { kB, round } from './stats.mjs';

const fmtKb = (bytes) => `${kB(bytes)} kB`;

export function evaluateTargets(r) {
  const out = [];
  const events = r.bundle.measured.find((m) => m.key === 'events');
  const eventsDerived = r.bundle.derived.perRoute.find((d) => d.key === 'events');
  if (events) {
    out.push({
      id: 'bundle', target: 'First-paint JS of the events list ≤ 120 kB gzip', pass: events.firstPaint.jsSize.gzip <= 120 * 1024,
      measured: `${fmtKb(events.firstPaint.jsSize.gzip)} gzip measured (${fmtKb(eventsDerived?.jsSize.gzip ?? 0)} derived)`,
    });
  }
  const pages = r.lighthouse?.pages ?? [];
  if (pages.length) {
    const mobile = pages.map((p) => `${p.label} ${p.mobile.median.score}`).join(', ');
    const desktop = pages.map((p) => `${p.label} ${p.desktop.median.score}`).join(', ');
    out.push({ id: 'lh-mobile', target: 'Lighthouse mobile performance ≥ 95 (overview, events list, event detail)', pass: pages.every((p) => p.mobile.median.score >= 95), measured: mobile });
    out.push({ id: 'lh-desktop', target: 'Lighthouse desktop performance = 100 (same pages)', pass: pages.every((p) => p.desktop.median.score >= 100), measured: desktop });
    const cls = pages.flatMap((p) => ['mobile', 'desktop'].map((k) => ({ label: `${p.label} ${k}`, v: p[k].median.cls })));
    const worst = cls.reduce((a, b) => (b.v > a.v ? b : a));
    out.push({ id: 'cls', target: 'CLS ≤ 0.01 (median per page and preset)', pass: cls.every((c) => c.v <= 0.01), measured: `worst ${round(worst.v, 4)} (${worst.label})` });
  }
  const c730 = r.charts?.rows.find((x) => x.days === 730);
  if (c730) {
    out.push({
      id: 'chart', target: 'Daily revenue chart, 730 days, drawn in ≤ 40 % of the plain recharts time', pass: c730.ratioDrawn <= 0.4,
      measured: `${c730.oursMs} ms vs ${c730.plainDrawnMs} ms = ${round(c730.ratioDrawn * 100)} % (vs the plain chart's first frame, ${c730.plainFirstMs} ms: ${round(c730.ratioFirst * 100)} %)`,
    });
  }
  if (r.lists) {
    out.push({ id: 'filter', target: `Filter change → table ≤ 100 ms on ${r.lists.events.toLocaleString('en')} events (median of ${r.lists.filter.steps})`, pass: r.lists.filter.medianMs <= 100, measured: `${r.lists.filter.medianMs} ms (p95 ${r.lists.filter.p95Ms} ms)` });
  }
  if (r.memory) {
    const m = r.memory;
    const mb = (b) => `${round(b / 1048576, 2)} MB`;
    const first = m.samples[0];
    const last = m.samples[m.samples.length - 1];
    const afterGc = m.afterCacheGc ? `; after the query cache's gcTime: ${mb(m.afterCacheGc.jsHeapUsed)}, +${round(m.growthAfterCacheGc * 100)} %` : '';
    const ten = m.samples.find((x) => x.details === 10);
    const j = m.jitless;
    const jitless = j ? `; with V8's JIT off (control): +${round(j.growth * 100)} %, +${round(j.growthAfterCacheGc * 100)} % after gcTime` : '';
    const steady = ten ? `; steady state ${mb(ten.jsHeapUsed)} after 10 → ${mb(last.jsHeapUsed)} after ${m.details} (+${round(((last.jsHeapUsed - ten.jsHeapUsed) / ten.jsHeapUsed) * 100)} %)` : '';
    out.push({ id: 'memory', target: `Heap after ${m.details} event details within 20 % of after 1`, pass: m.growth <= 0.2, measured: `${mb(first.jsHeapUsed)} → ${mb(last.jsHeapUsed)} (+${round(m.growth * 100)} %)${afterGc}${steady}${jitless}` });
  }
  return out;
}
