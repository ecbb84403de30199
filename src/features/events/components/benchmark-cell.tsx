import { benchmarkDigits } from '@/lib/benchmark';
import { formatPercent } from '@/lib/format';
import type { EventBenchmark } from '@/lib/schemas/event';
import { benchmarkView } from '../lib/benchmark-view';

const WORDS = { above: 'Above', below: 'Below', even: 'On par' } as const;
const ICONS = { above: '▲', below: '▼', even: '●' } as const;

/**
 * Prediction vs benchmark with an above/below indicator. Direction is carried by an icon and a
 * word as well as the colour-blind-safe colour pair (never by colour alone).
 */
export function BenchmarkCell({ benchmark }: { benchmark: EventBenchmark | null }) {
  const view = benchmarkView(benchmark);
  if (!view) return <span className="muted" title="No prediction for this event">—<span className="visually-hidden"> no prediction</span></span>;
  const gapPoints = view.gap === null ? null : Math.round(view.gap * 100);
  const digits = benchmarkDigits(view.prediction, view.benchmark, view.direction);
  return (
    <span className="bench">
      {view.direction && (
        <span className={`bench__dir bench__dir--${view.direction}`}>
          <span aria-hidden="true">{ICONS[view.direction]}</span> {WORDS[view.direction]}
        </span>
      )}
      {view.direction && ' '}
      <span className="bench__values" title={gapPoints === null ? undefined : `${gapPoints > 0 ? '+' : ''}${gapPoints} percentage points vs benchmark`}>
        {formatPercent(view.prediction, digits)} <span className="muted">vs {formatPercent(view.benchmark, digits)}</span>
      </span>
    </span>
  );
}
