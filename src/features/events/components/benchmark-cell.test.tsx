import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { formatPercent } from '@/lib/format';
import type { EventBenchmark } from '@/lib/schemas/event';
import { BenchmarkCell } from './benchmark-cell';

const UPCOMING = '2099-06-12T18:30:00Z';
const PAST = '2020-06-12T18:30:00Z';
const bench = (value: number, benchmark: number, state: string | null, now: number | null = null): EventBenchmark =>
  ({ state, prediction: { value, benchmark }, now }) as EventBenchmark;
const cell = (benchmark: EventBenchmark, start = UPCOMING) => render(<BenchmarkCell event={{ benchmark, start_date_time: start }} />).container;

describe('BenchmarkCell', () => {
  it('shows whole percents when they differ', () => {
    expect(cell(bench(0.72, 0.45, 'above'))).toHaveTextContent(`Above ${formatPercent(0.72)} vs ${formatPercent(0.45)}`);
  });

  it('shows a decimal when whole percents would look equal but one is above the other', () => {
    expect(cell(bench(1.003, 0.998, 'above'))).toHaveTextContent(`Above ${formatPercent(1.003, 1)} vs ${formatPercent(0.998, 1)}`);
    expect(formatPercent(1.003, 1)).not.toBe(formatPercent(0.998, 1));
  });

  it('calls equal values on par even when the server says above (the API has no word for a tie)', () => {
    expect(cell(bench(1, 1, 'above'))).toHaveTextContent(`On par ${formatPercent(1)} vs ${formatPercent(1)}`);
  });

  it('keeps whole percents for an even pair', () => {
    expect(cell(bench(0.5, 0.502, null))).toHaveTextContent(`On par ${formatPercent(0.5)} vs ${formatPercent(0.502)}`);
  });

  it('an upcoming event shows its forecast, whatever it has sold so far', () => {
    const c = cell(bench(0.52, 0.53, 'below', 0.3));
    expect(c).toHaveTextContent(`▼ Below ${formatPercent(0.52)} vs ${formatPercent(0.53)}`);
    expect(c).not.toHaveTextContent('Sold');
  });

  it('a past event shows what it sold against similar events, as its event page does', () => {
    // forecast below (52 % vs 53 %), result 4 points above: the event page says "Sold above benchmark"
    const c = cell(bench(0.52, 0.53, 'below', 0.57), PAST);
    expect(c).toHaveTextContent(`▲ Sold above ${formatPercent(0.57)} vs ${formatPercent(0.53)}`);
    expect(c).not.toHaveTextContent('Below');
    expect(c.querySelector('.bench')).toHaveAttribute('title', `Sold ${formatPercent(0.57)} of capacity; similar events ${formatPercent(0.53)} (+4 points)`);
    expect(cell(bench(0.6, 0.5, 'above', 0.498), PAST)).toHaveTextContent(`● Sold on par ${formatPercent(0.498)} vs ${formatPercent(0.5)}`);
  });

  it('a past event without its share sold keeps the forecast, marked as one', () => {
    expect(cell(bench(0.52, 0.53, 'below'), PAST)).toHaveTextContent(`▼ Forecast below ${formatPercent(0.52)} vs ${formatPercent(0.53)}`);
    const noBenchmark = { state: null, prediction: { value: 0.52, benchmark: null }, now: 0.57 } as EventBenchmark;
    expect(cell(noBenchmark, PAST)).toHaveTextContent(`Forecast ${formatPercent(0.52)} vs —`);
  });
});
