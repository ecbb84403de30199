import { env } from '@/config/env';
import { benchmarkDigits } from '@/lib/benchmark';
import { today } from '@/lib/dates';
import { formatPercent, pluralize } from '@/lib/format';
import type { Event } from '@/lib/schemas/event';
import { benchmarkView, benchmarkWord } from '../lib/benchmark-view';

const ICONS = { above: '▲', below: '▼', even: '●' } as const;

/**
 * The event's demand against similar events, as its event page judges it: the forecast
 * (prediction vs benchmark) until the event is over, then the result (share sold vs benchmark,
 * "Sold above"). A past event without the share sold keeps its forecast, marked "Forecast" so it
 * does not pass for the result. Direction is carried by an icon and a word as well as the
 * colour-blind-safe colour pair (never by colour alone).
 */
export function BenchmarkCell({ event }: { event: Pick<Event, 'benchmark' | 'start_date_time'> }) {
  const view = benchmarkView(event, today(env.partnerTimeZone), env.partnerTimeZone);
  const { over, comparison: c } = view;
  if (!c) return <span className="muted" title="No prediction for this event">—<span className="visually-hidden"> no prediction</span></span>;
  const digits = benchmarkDigits(c.share, c.benchmark, c.direction);
  const points = c.gap === null ? null : Math.round(c.gap * 100);
  const word = benchmarkWord(view);
  const what = c.basis === 'result' ? 'Sold' : over ? 'Was predicted to sell' : 'Predicted to sell';
  const title = `${what} ${formatPercent(c.share, digits)} of capacity; similar events ${formatPercent(c.benchmark, digits)}`
    + (points === null ? '' : ` (${points > 0 ? '+' : ''}${points} ${pluralize(Math.abs(points), 'point', 'points')})`);
  return (
    <span className="bench" title={title}>
      {c.direction ? (
        <span className={`bench__dir bench__dir--${c.direction}`}>
          <span aria-hidden="true">{ICONS[c.direction]}</span> {word}
        </span>
      ) : word && <span className="bench__dir bench__dir--even">{word}</span>}
      {word && ' '}
      <span className="bench__values">
        {formatPercent(c.share, digits)} <span className="muted">vs {formatPercent(c.benchmark, digits)}</span>
      </span>
    </span>
  );
}
