import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SubmitButton } from './submit-button';

function Form({ busy, onSubmit }: { busy: boolean; onSubmit: () => void }) {
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
      <input aria-label="Name" />
      <SubmitButton busy={busy}>Save</SubmitButton>
    </form>
  );
}

describe('SubmitButton', () => {
  it('submits when idle', async () => {
    const onSubmit = vi.fn();
    render(<Form busy={false} onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('while busy: neither a click nor Enter in a field submits, and the button keeps the focus', async () => {
    const onSubmit = vi.fn();
    render(<Form busy onSubmit={onSubmit} />);
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(button).toHaveFocus();
    await userEvent.type(screen.getByLabelText('Name'), 'x{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
