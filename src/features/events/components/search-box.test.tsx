import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { SEARCH_SETTLE_MS, SearchBox } from './search-box';

describe('SearchBox', () => {
  it('searches 200 ms after the last keystroke, once for a word typed steadily', () => {
    vi.useFakeTimers();
    try {
      const onSearch = vi.fn();
      render(<SearchBox value="" onSearch={onSearch} />);
      const box = screen.getByLabelText('Search events');
      for (const text of ['k', 'ki', 'kik', 'kiki']) {
        fireEvent.change(box, { target: { value: text } });
        act(() => { vi.advanceTimersByTime(150); }); // a steady typist's gap
      }
      expect(onSearch).not.toHaveBeenCalled();
      act(() => { vi.advanceTimersByTime(50); });
      expect(onSearch).toHaveBeenCalledTimes(1);
      expect(onSearch).toHaveBeenCalledWith('kiki');
    } finally {
      vi.useRealTimers();
    }
  });


  it('its own search landing late in the URL keeps what was typed since; a change from elsewhere replaces it', () => {
    vi.useFakeTimers();
    try {
      const onSearch = vi.fn();
      const { rerender } = render(<SearchBox value="" onSearch={onSearch} />);
      const box = screen.getByLabelText('Search events');
      const type = (text: string) => fireEvent.change(box, { target: { value: text } });
      type('ber');
      act(() => { vi.advanceTimersByTime(SEARCH_SETTLE_MS); });
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
      act(() => { vi.advanceTimersByTime(SEARCH_SETTLE_MS); });
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
