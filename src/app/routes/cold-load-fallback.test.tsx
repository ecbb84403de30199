import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { ColdLoadFallback, SHOW_AFTER_MS, SLOW_AFTER_MS } from './cold-load-fallback';

describe('ColdLoadFallback (a cold load still waiting for its first page)', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('draws no words at first, then says it is loading, then that it is slow, in one status region', () => {
    render(<ColdLoadFallback />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^$/);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    act(() => { vi.advanceTimersByTime(SHOW_AFTER_MS); });
    expect(screen.getByRole('status')).toBe(status);
    expect(status).toHaveTextContent('Loading the dashboard…');
    expect(screen.getByRole('progressbar', { name: 'Loading the page' })).toBeInTheDocument();
    act(() => { vi.advanceTimersByTime(SLOW_AFTER_MS - SHOW_AFTER_MS); });
    expect(status).toHaveTextContent(/^Still loading: this is taking longer than usual\./);
  });
});
