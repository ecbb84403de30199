import { describe, expect, it, afterEach } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp } from '@/testing/render-app';
import { session } from '@/lib/api';

setupMockApi();
afterEach(() => session.signOut());

describe('sign-in', () => {
  it('signs in, asks for the partner, and returns to the page the user wanted', async () => {
    const { router } = renderApp('/package-builder');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('?returnTo=%2Fpackage-builder');
    // The router's location changes before React commits the (lazy) sign-in page; wait for the page.
    expect(await screen.findByText(/Demo: sign in as/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username'), 'demo');
    await user.type(screen.getByLabelText('Password'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.click(await screen.findByRole('button', { name: 'Bravo' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/package-builder'));
    expect(await screen.findByRole('button', { name: 'Partner: Bravo Sports' })).toBeInTheDocument();
  });

  it('explains wrong credentials and keeps the username', async () => {
    renderApp('/sign-in');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username'), 'demo');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password.');
    expect(screen.getByLabelText('Username')).toHaveValue('demo');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it('explains a challenge it cannot answer', async () => {
    renderApp('/sign-in');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username'), 'mfa');
    await user.type(screen.getByLabelText('Password'), 'mfa');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/one-time code/);
    expect(session.get()).toBeNull();
  });
});
