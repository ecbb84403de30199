import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { formatPercent } from '@/lib/format';
import type { EventBenchmark } from '@/lib/schemas/event';
import { BenchmarkCell } from './benchmark-cell';

const bench = (value: number, benchmark: number, state: string | null): EventBenchmark =>
  ({ state, prediction: { value, benchmark } }) as EventBenchmark;

describe('BenchmarkCell', () => {
  it('shows whole percents when they differ', () => {
    const { container } = render(<BenchmarkCell benchmark={bench(0.72, 0.45, 'above')} />);
    expect(container).toHaveTextContent(`Above ${formatPercent(0.72)} vs ${formatPercent(0.45)}`);
  });

  it('shows a decimal when whole percents would look equal but one is above the other', () => {
    const { container } = render(<BenchmarkCell benchmark={bench(1.003, 0.998, 'above')} />);
    expect(container).toHaveTextContent(`Above ${formatPercent(1.003, 1)} vs ${formatPercent(0.998, 1)}`);
    expect(formatPercent(1.003, 1)).not.toBe(formatPercent(0.998, 1));
  });

  it('calls equal values on par even when the server says above (the API has no word for a tie)', () => {
    const { container } = render(<BenchmarkCell benchmark={bench(1, 1, 'above')} />);
    expect(container).toHaveTextContent(`On par ${formatPercent(1)} vs ${formatPercent(1)}`);
  });

  it('keeps whole percents for an even pair', () => {
    const { container } = render(<BenchmarkCell benchmark={bench(0.5, 0.502, null)} />);
    expect(container).toHaveTextContent(`On par ${formatPercent(0.5)} vs ${formatPercent(0.502)}`);
  });
});
