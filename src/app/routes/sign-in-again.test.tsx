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

  /** Signs in again through the dialog over the page. */
  async function signInAgain(user: ReturnType<typeof userEvent.setup>) {
    const dialog = await screen.findByRole('dialog', { name: 'Sign in again to carry on' });
    await user.type(within(dialog).getByLabelText('Password'), 'demo');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Sign in again to carry on' })).toBeNull());
  }

  it('holds an event edit being typed in its dialog', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/events/evt_1myr47h');
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: /Edit event/ }));
    const edit = await screen.findByRole('dialog', { name: 'Edit event' });
    await user.clear(within(edit).getByLabelText('Capacity'));
    await user.type(within(edit).getByLabelText('Capacity'), '4321');
    session.expire();
    await signInAgain(user);
    expect(router.state.location.pathname).toBe('/events/evt_1myr47h');
    expect(within(screen.getByRole('dialog', { name: 'Edit event' })).getByLabelText('Capacity')).toHaveValue('4321');
  });

  it('holds a campaign adjustment being typed', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/campaigns/evt_1myr47h');
    const card = await screen.findByRole('region', { name: 'Post-campaign performance' });
    await user.type(within(card).getByLabelText('Revenue (EUR)'), '350');
    expect(within(card).getByLabelText('Revenue (EUR)')).toHaveValue('350');
    session.expire();
    await screen.findByRole('dialog', { name: 'Sign in again to carry on' });
    expect(within(card).getByLabelText('Revenue (EUR)')).toHaveValue('350');
    await signInAgain(user);
    expect(router.state.location.pathname).toBe('/campaigns/evt_1myr47h');
    expect(within(screen.getByRole('region', { name: 'Post-campaign performance' })).getByLabelText('Revenue (EUR)')).toHaveValue('350');
  });

  it('carries on with the held page’s partner, even when another tab has switched to another one since', async () => {
    const { user } = await typeIntoSettings();
    localStorage.setItem('fd.partner.demo', 'partner-id-bravo'); // remembered by a switch in another tab
    session.expire();
    await signInAgain(user);
    expect(session.get()?.partnerId).toBe('partner-id-acme');
    expect(screen.getByLabelText('Attribution window')).toHaveValue(12);
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
