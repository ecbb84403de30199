import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Pagination } from './pagination';

describe('Pagination', () => {
  it('counts in the right form: "1–1 of 1 event", "51–100 of 120 events"', () => {
    const { rerender } = render(<Pagination page={1} pages={1} total={1} pageSize={50} onPage={() => undefined} />);
    expect(screen.getByText('1–1 of 1 event')).toBeInTheDocument();
    rerender(<Pagination page={2} pages={3} total={120} pageSize={50} onPage={() => undefined} />);
    expect(screen.getByText('51–100 of 120 events')).toBeInTheDocument();
  });

  it('while waiting for the next list its buttons refuse, keeping focus', async () => {
    const onPage = vi.fn();
    render(<Pagination page={2} pages={3} total={120} pageSize={50} onPage={onPage} waiting />);
    const next = screen.getByRole('button', { name: /Next/ });
    await userEvent.click(next);
    expect(onPage).not.toHaveBeenCalled();
    expect(next).toHaveFocus();
  });
});
