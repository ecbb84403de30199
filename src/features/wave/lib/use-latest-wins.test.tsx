import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { useLatestWins } from './use-latest-wins';

// A writer whose store subscription is not made yet: what a component sees when a click lands
// between its first commit and its effects.
vi.mock('./latest-wins-writer', async (importOriginal) => {
  const original = await importOriginal<typeof import('./latest-wins-writer')>();
  return {
    createLatestWinsWriter: (options: Parameters<typeof original.createLatestWinsWriter>[0]) => ({
      ...original.createLatestWinsWriter(options),
      subscribe: () => () => undefined,
    }),
  };
});

function Switch({ write }: { write: (value: 'ON' | 'OFF') => Promise<void> }) {
  const writer = useLatestWins<'ON' | 'OFF', void>('ON', () => ({ write, reconcile: () => new Promise(() => undefined) }));
  const on = writer.display === 'ON';
  return <button type="button" role="switch" aria-checked={on} onClick={() => writer.set(on ? 'OFF' : 'ON')}>Optimise</button>;
}

describe('useLatestWins', () => {
  it('shows each click at once even before the store subscription exists, so a burst alternates', () => {
    const write = vi.fn(() => new Promise<void>(() => undefined)); // stays in flight
    render(<Switch write={write} />);
    const toggle = screen.getByRole('switch');
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      fireEvent.click(toggle);
      seen.push(toggle.getAttribute('aria-checked')!);
    }
    expect(seen).toEqual(['false', 'true', 'false', 'true', 'false']);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith('OFF');
  });
});
