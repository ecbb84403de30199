import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { formatDateTime } from '@/lib/format';
import { EventStart } from './event-start';

// 19:00 in Berlin on 7 Dec 2026
const START = '2026-12-07T18:00:00Z';
const SHOWN = formatDateTime(START, 'Europe/Berlin');

afterEach(() => vi.useRealTimers());

describe('EventStart', () => {
  it('says "started" for an event that began earlier today, and not before it begins', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2026-12-07T17:59:00Z'));
    const { container } = render(<EventStart start={START} />);
    expect(container.textContent).toBe(SHOWN);
    // the list left open: the row says so as the start passes
    await act(() => vi.advanceTimersByTimeAsync(2 * 60_000));
    expect(container.textContent).toBe(`${SHOWN} · started`);
    expect(screen.getByText(SHOWN)).toHaveAttribute('dateTime', START);
  });

  it('says nothing more once the day is over: the event is past, the lists show its result', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-08T08:00:00Z'));
    const { container } = render(<EventStart start={START} />);
    expect(container.textContent).toBe(SHOWN);
  });
});
