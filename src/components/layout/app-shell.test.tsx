import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppShell } from './app-shell';

function renderShell() {
  const onSignOut = vi.fn();
  render(
    <MemoryRouter>
      <AppShell nav={[{ label: 'Lookout', items: [{ to: '/events', label: 'Events' }] }]} partner={<span>Acme</span>} username="demo" onSignOut={onSignOut}>
        <p>Page</p>
      </AppShell>
    </MemoryRouter>,
  );
  return { user: userEvent.setup(), onSignOut, trigger: screen.getByRole('button', { name: 'demo' }) };
}

describe('AppShell user menu', () => {
  it('is a disclosure, not a menu button: no aria-haspopup, and it controls the group it opens', async () => {
    const { user, trigger } = renderShell();
    expect(trigger).not.toHaveAttribute('aria-haspopup');
    await user.click(trigger);
    const group = screen.getByRole('group', { name: 'User menu' });
    expect(trigger).toHaveAttribute('aria-controls', group.id);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('opens from its button, signs out, and Escape from inside returns focus to the button', async () => {
    const { user, onSignOut, trigger } = renderShell();
    await user.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'User menu' })).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');

    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });

  it('closes when Tab moves focus past its last item', async () => {
    const { user, trigger } = renderShell();
    await user.click(trigger);
    await user.tab(); // Settings
    await user.tab(); // Sign out
    expect(screen.getByRole('button', { name: 'Sign out' })).toHaveFocus();
    await user.tab(); // out of the menu
    expect(screen.queryByRole('group', { name: 'User menu' })).not.toBeInTheDocument();
  });
});
