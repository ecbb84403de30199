import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useFirstDataDeferred } from './use-first-data-deferred';

describe('useFirstDataDeferred', () => {
  it('shows the first data after a deferred render, later data at once', async () => {
    const seen: (string | undefined)[] = [];
    const { rerender, result } = renderHook(({ data }: { data: string | undefined }) => {
      const shown = useFirstDataDeferred(data);
      seen.push(shown);
      return shown;
    }, { initialProps: { data: undefined as string | undefined } });
    expect(result.current).toBeUndefined();

    seen.length = 0;
    await act(async () => { rerender({ data: 'first' }); });
    // the urgent render still showed nothing, the deferred one the data
    expect(seen).toEqual([undefined, 'first']);

    seen.length = 0;
    await act(async () => { rerender({ data: 'second' }); });
    // at once, and no background render follows
    expect(seen).toEqual(['second']);
    expect(result.current).toBe('second');
  });
});
