import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { session } from '@/lib/api';

setupMockApi();
signInEachTest();

/** The package page with its attribution window typed over (unsaved work). */
async function typeIntoSettings() {
  const view = renderApp('/package-builder/pkg_555');
  const windowField = await screen.findByLabelText('Attribution window');
  const user = userEvent.setup();
  await user.clear(windowField);
  await user.type(windowField, '12');
  return { ...view, user };
}

describe('a session that ends while the page holds unsaved work', () => {
  it('keeps the page and asks to sign in again over it; signed in, what was typed is still there', async () => {
    const { user, router } = await typeIntoSettings();
    session.expire();
    const dialog = await screen.findByRole('dialog', { name: 'Sign in again to carry on' });
    expect(dialog).toHaveTextContent('Sign in again as demo');
    expect(within(dialog).queryByRole('button', { name: 'Close' })).toBeNull(); // only its own two ways out
    expect(router.state.location.pathname).toBe('/package-builder/pkg_555');

    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    expect(within(dialog).getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    await user.type(within(dialog).getByLabelText('Password'), 'wrong');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    expect(await within(dialog).findByText('Wrong username or password.')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('Password'), 'demo');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByLabelText('Attribution window')).toHaveValue(12);
    expect(router.state.location.pathname).toBe('/package-builder/pkg_555');
    expect(session.get()?.partnerId).toBe('partner-id-acme');
  });

  it('"Sign out instead" gives the work up and goes to the sign-in page', async () => {
    const { user, router } = await typeIntoSettings();
    session.expire();
    const dialog = await screen.findByRole('dialog', { name: 'Sign in again to carry on' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out instead' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
  });

  it('without unsaved work, an ended session goes to the sign-in page as before', async () => {
    const { router } = renderApp('/package-builder/pkg_555');
    await screen.findByLabelText('Attribution window');
    session.expire();
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toContain('reason=expired');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
