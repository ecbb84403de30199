import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ShareBar } from './share-bar';

const barWidth = (container: HTMLElement) => (container.querySelector('[aria-hidden="true"] > span') as HTMLElement).style.width;

describe('ShareBar', () => {
  it('reads out the figure only; the bar is as long as the share', () => {
    const { container } = render(<p>Fit <ShareBar value={0.425} label="42.5%" /></p>);
    expect(screen.getByText(/Fit/)).toHaveTextContent(/^Fit 42\.5%$/);
    expect(barWidth(container)).toBe('42.5%');
  });

  it('keeps the bar inside its track for shares outside 0–1 and draws none for an unknown one', () => {
    expect(barWidth(render(<ShareBar value={1.3} label="130%" />).container)).toBe('100%');
    expect(barWidth(render(<ShareBar value={-0.1} label="−10%" />).container)).toBe('0%');
    expect(barWidth(render(<ShareBar value={null} label="—" />).container)).toBe('0%');
  });
});
