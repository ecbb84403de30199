import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { SearchBox } from './search-box';

describe('SearchBox', () => {
  it('its own search landing late in the URL keeps what was typed since; a change from elsewhere replaces it', () => {
    vi.useFakeTimers();
    try {
      const onSearch = vi.fn();
      const { rerender } = render(<SearchBox value="" onSearch={onSearch} />);
      const box = screen.getByLabelText('Search events');
      const type = (text: string) => fireEvent.change(box, { target: { value: text } });
      type('ber');
      act(() => { vi.advanceTimersByTime(300); });
      expect(onSearch).toHaveBeenLastCalledWith('ber');
      type('berl'); // typed on before the URL caught up
      rerender(<SearchBox value="ber" onSearch={onSearch} />);
      expect(box).toHaveValue('berl');
      // a change from elsewhere (clear filters) is shown
      rerender(<SearchBox value="" onSearch={onSearch} />);
      expect(box).toHaveValue('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('once its search has landed, that value coming back (Forward, Back after Clear filters) is shown, and nothing is sent', () => {
    vi.useFakeTimers();
    try {
      const onSearch = vi.fn();
      const { rerender } = render(<SearchBox value="" onSearch={onSearch} />);
      const box = screen.getByLabelText('Search events');
      fireEvent.change(box, { target: { value: 'ber' } });
      act(() => { vi.advanceTimersByTime(300); });
      rerender(<SearchBox value="ber" onSearch={onSearch} />); // landed
      rerender(<SearchBox value="" onSearch={onSearch} />); // Back (or Clear filters)
      expect(box).toHaveValue('');
      rerender(<SearchBox value="ber" onSearch={onSearch} />); // Forward (or Back)
      expect(box).toHaveValue('ber');
      act(() => { vi.advanceTimersByTime(1000); });
      expect(onSearch).toHaveBeenCalledTimes(1); // no second search ('') overwriting the history
    } finally {
      vi.useRealTimers();
    }
  });
});
