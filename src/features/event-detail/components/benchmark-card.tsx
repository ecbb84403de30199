import { useQuery } from '@tanstack/react-query';
import { benchmarkDigits } from '@/lib/benchmark';
import { formatDecimal, formatPercent, pluralize } from '@/lib/format';
import { eventDetailQueries } from '../api/queries';
import type { Benchmark } from '../api/schemas';
import { benchmarkState, type BenchmarkState } from '../lib/benchmark-state';
import { Panel, QueryState } from './panel';
import { useEventOver } from './use-event-over';

/** A share in percent as the figures show it (rounded to `digits`). */
const shownPercent = (share: number, digits: 0 | 1) => Math.round(share * 100 * 10 ** digits) / 10 ** digits;

function sentence(b: Benchmark, state: BenchmarkState, digits: 0 | 1): string {
  const value = b.prediction?.value ?? null;
  const bench = b.prediction?.benchmark ?? null;
  const { gap } = state;
  if (value === null) return 'There is no prediction for this event.';
  const predicted = `Predicted to sell ${formatPercent(value, digits)} of capacity`;
  if (bench === null || gap === null) return `${predicted}; there is no benchmark of similar events.`;
  if (state.tone === 'neutral') return `${predicted}, in line with similar events (${formatPercent(bench)}).`;
  const more = gap > 0 ? 'more' : 'less';
  // the gap between the two figures as shown, so the sentence and the figures agree (99.5 % vs
  // 100.0 % is 0.5 points, not "1 point")
  const shownGap = Math.abs(Math.round((shownPercent(value, digits) - shownPercent(bench, digits)) * 10) / 10);
  const by = shownGap === 0 ? `slightly ${more}` : `${formatDecimal(shownGap, digits)} ${pluralize(shownGap, 'point', 'points')} ${more}`;
  return `${predicted}, ${by} than similar events (${formatPercent(bench, digits)}).`;
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
          return (
            <div className="benchmark-card__body">
              <p className={`benchmark-state benchmark-state--${state.tone}`}>
                <span aria-hidden="true">{state.icon}</span> {state.word}
              </p>
              <p className="benchmark-card__sentence">{sentence(b, state, digits)}</p>
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
