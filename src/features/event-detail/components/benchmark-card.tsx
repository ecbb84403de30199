import { useQuery } from '@tanstack/react-query';
import { benchmarkDigits } from '@/lib/benchmark';
import { formatDecimal, formatPercent, pluralize } from '@/lib/format';
import { eventDetailQueries } from '../api/queries';
import type { Benchmark } from '../api/schemas';
import { benchmarkState, resultState, type BenchmarkState } from '../lib/benchmark-state';
import { Panel, QueryState } from './panel';
import { useEventOver } from './use-event-over';

/** A share in percent as the figures show it (rounded to `digits`). */
const shownPercent = (share: number, digits: 0 | 1) => Math.round(share * 100 * 10 ** digits) / 10 ** digits;

/** "in line with similar events (39%)" or "9 points more than similar events (39%)", by the figures as shown. */
function againstSimilar(value: number, bench: number, state: BenchmarkState, digits: 0 | 1): string {
  if (state.tone === 'neutral' || state.gap === null) return `in line with similar events (${formatPercent(bench, digits)})`;
  const more = state.gap > 0 ? 'more' : 'less';
  // the gap between the two figures as shown, so the sentence and the figures agree (99.5 % vs
  // 100.0 % is 0.5 points, not "1 point")
  const shownGap = Math.abs(Math.round((shownPercent(value, digits) - shownPercent(bench, digits)) * 10) / 10);
  const by = shownGap === 0 ? `slightly ${more}` : `${formatDecimal(shownGap, digits)} ${pluralize(shownGap, 'point', 'points')} ${more}`;
  return `${by} than similar events (${formatPercent(bench, digits)})`;
}

function sentence(b: Benchmark, state: BenchmarkState, digits: 0 | 1): string {
  const value = b.prediction?.value ?? null;
  const bench = b.prediction?.benchmark ?? null;
  if (value === null) return 'There is no prediction for this event.';
  const predicted = `Predicted to sell ${formatPercent(value, digits)} of capacity`;
  if (bench === null || state.gap === null) return `${predicted}; there is no benchmark of similar events.`;
  return `${predicted}, ${againstSimilar(value, bench, state, digits)}.`;
}

/** A past event: what it sold against similar events first, then what had been predicted. */
function resultSentence(b: Benchmark, result: BenchmarkState): string {
  const sold = b.now ?? 0;
  const bench = b.prediction?.benchmark ?? 0;
  const digits = benchmarkDigits(sold, bench, result.direction);
  const value = b.prediction?.value ?? null;
  const predicted = value === null ? '' : ` The prediction was ${formatPercent(value, digits)}.`;
  return `Sold ${formatPercent(sold, digits)} of capacity, ${againstSimilar(sold, bench, result, digits)}.${predicted}`;
}

/** A bar from 0 to 100 % (or more when oversold): sold now as fill, prediction and benchmark as ticks. */
function Meter({ b }: { b: Benchmark }) {
  const values = [b.now, b.prediction?.value, b.prediction?.benchmark].filter((v): v is number => typeof v === 'number');
  const max = Math.max(1, ...values);
  const pos = (v: number) => `${Math.min(100, Math.max(0, (v / max) * 100))}%`;
  return (
    <div className="benchmark-meter" aria-hidden="true">
      {b.now !== null && <div className="benchmark-meter__fill" style={{ width: pos(b.now) }} />}
      {b.prediction?.benchmark != null && <div className="benchmark-meter__tick benchmark-meter__tick--benchmark" style={{ left: pos(b.prediction.benchmark) }} />}
      {b.prediction?.value != null && <div className="benchmark-meter__tick benchmark-meter__tick--prediction" style={{ left: pos(b.prediction.value) }} />}
    </div>
  );
}

/** Now vs prediction vs similar events, with the state in words, icon and colour. */
export function BenchmarkCard({ eid }: { eid: string }) {
  const query = useQuery(eventDetailQueries.benchmark(eid));
  const over = useEventOver(eid);
  return (
    <Panel title="Demand benchmark" className="benchmark-card">
      <QueryState query={query} height={196} what="the demand benchmark">
        {(b) => {
          const state = benchmarkState(b);
          const digits = benchmarkDigits(b.prediction?.value ?? null, b.prediction?.benchmark ?? null, state.direction);
          // once the event is over the question is how it did, not how it was forecast to do (the
          // lists decide the same way: benchmarkComparison in lib/benchmark)
          const result = resultState(b, over);
          const headline = result ?? state;
          return (
            <div className="benchmark-card__body">
              <p className={`benchmark-state benchmark-state--${headline.tone}`}>
                <span aria-hidden="true">{headline.icon}</span> {headline.word}
              </p>
              <p className="benchmark-card__sentence">{result ? resultSentence(b, result) : sentence(b, state, digits)}</p>
              <dl className="benchmark-figures">
                <div className="benchmark-figure benchmark-figure--now"><dt>{over ? 'Sold' : 'Sold now'}</dt><dd>{formatPercent(b.now)}</dd></div>
                <div className="benchmark-figure benchmark-figure--prediction"><dt>Prediction</dt><dd>{formatPercent(b.prediction?.value, digits)}</dd></div>
                <div className="benchmark-figure benchmark-figure--benchmark"><dt>Similar events</dt><dd>{formatPercent(b.prediction?.benchmark, digits)}</dd></div>
              </dl>
              <Meter b={b} />
            </div>
          );
        }}
      </QueryState>
    </Panel>
  );
}
