import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { ChartFrame } from './chart-frame';

const frame = (
  <ChartFrame title="Daily revenue" summary="Two days." height={200} columns={[{ key: 'v', label: 'Value', render: (r: { v: number }) => r.v }]} rows={[{ v: 1 }, { v: 2 }]} rowKey={(r) => String(r.v)}>
    <svg data-testid="chart" />
  </ChartFrame>
);

/** The plot is hidden from assistive tech (the table is the accessible view): look at the DOM. */
const placeholder = (container: HTMLElement) => container.querySelector('.chart-frame__plot .skeleton');

/** A stand-in IntersectionObserver whose reports the test sends. */
class FakeObserver {
  static last: FakeObserver | null = null;
  constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) { FakeObserver.last = this; }
  observe() {}
  disconnect() {}
  send(isIntersecting: boolean) { act(() => this.report([{ isIntersecting }])); }
}

/** A paint observer whose buffer holds the page's first contentful paint. */
class PaintedObserver {
  static supportedEntryTypes = ['paint'];
  observe() {}
  disconnect() {}
  takeRecords() { return [{ name: 'first-contentful-paint', entryType: 'paint' }]; }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

describe('ChartFrame', () => {
  it('while the first page loads, draws its chart only after a paint, holding the chart\'s size meanwhile', async () => {
    const { container } = render(frame);
    expect(screen.queryByTestId('chart')).not.toBeInTheDocument();
    expect(placeholder(container)).toHaveStyle({ height: '200px' });
    expect(await screen.findByTestId('chart')).toBeInTheDocument();
    expect(placeholder(container)).toBeNull();
  });

  it('with an IntersectionObserver, waits until the frame comes near the viewport', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { container } = render(frame);
    await vi.waitFor(() => expect(FakeObserver.last).not.toBeNull());
    FakeObserver.last?.send(false);
    expect(screen.queryByTestId('chart')).not.toBeInTheDocument();
    expect(placeholder(container)).toHaveStyle({ height: '200px' });
    FakeObserver.last?.send(true);
    expect(screen.getByTestId('chart')).toBeInTheDocument();
  });

  it('on a page that has painted already, draws at once', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.stubGlobal('PerformanceObserver', PaintedObserver);
    render(frame);
    expect(screen.getByTestId('chart')).toBeInTheDocument();
  });
});
