import { describe, expect, it, afterEach } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp } from '@/testing/render-app';
import { session } from '@/lib/api';
import { addFault } from '../../../../mocks/scenarios/faults';

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

  it('names itself in the browser tab', async () => {
    renderApp('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Future Demand' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Sign in · Future Demand'));
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
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('starts in Username; an empty field is named next to it and takes the focus', async () => {
    renderApp('/sign-in');
    const user = userEvent.setup();
    const username = await screen.findByLabelText('Username');
    expect(username).toHaveFocus();
    await user.type(username, 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('Enter your password.');
    expect(password).toHaveFocus();
    expect(username).not.toHaveAttribute('aria-invalid');
  });

  it('a failure on the way (not a refusal) keeps the password', async () => {
    addFault({ method: 'POST', path: '/api/v3/auth', status: 503, times: 1 });
    renderApp('/sign-in');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), 'demo');
    await user.type(screen.getByLabelText('Password'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/server had a problem/i);
    expect(screen.getByLabelText('Password')).toHaveValue('demo');
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
