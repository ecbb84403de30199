import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ChartFrame } from './chart-frame';

const frame = (
  <ChartFrame title="Daily revenue" summary="Two days." height={200} columns={[{ key: 'v', label: 'Value', render: (r: { v: number }) => r.v }]} rows={[{ v: 1 }, { v: 2 }]} rowKey={(r) => String(r.v)}>
    <svg data-testid="chart" />
  </ChartFrame>
);

describe('ChartFrame', () => {
  it('draws its chart only after the page has painted once, holding the chart\'s size meanwhile; later frames draw at once', async () => {
    const first = render(frame);
    expect(screen.queryByTestId('chart')).not.toBeInTheDocument();
    // the plot is hidden from assistive tech (the table is the accessible view): look at the DOM
    const placeholder = () => first.container.querySelector('.chart-frame__plot .skeleton');
    expect(placeholder()).toHaveStyle({ height: '200px' });
    expect(await screen.findByTestId('chart')).toBeInTheDocument();
    expect(placeholder()).toBeNull();
    first.unmount();

    render(frame);
    expect(screen.getByTestId('chart')).toBeInTheDocument();
  });
});
