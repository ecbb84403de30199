import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { session } from '@/lib/api';
import { CONFIRMED_LEAVE } from '@/components/ui/unsaved-work';
import { eventsListHref } from '@/features/events/lib/last-events-search';
import { act } from '@testing-library/react';

setupMockApi();
signInEachTest();

async function openShell() {
  const { router } = renderApp('/events');
  await screen.findByRole('heading', { name: 'Events', level: 1 });
  const trigger = await screen.findByRole('button', { name: 'Partner: Acme Concerts' });
  return { router, trigger, user: userEvent.setup() };
}

describe('PartnerSwitcher', () => {
  it('lists the partners with the current one marked; picking another switches and stays in the section, now the other partner\'s', async () => {
    const { router, trigger, user } = await openShell();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await user.click(trigger);
    const list = screen.getByRole('group', { name: 'Switch partner' });
    expect(screen.getByRole('button', { name: 'Acme Concerts' })).toHaveAttribute('aria-current', 'true');
    expect(list).toHaveTextContent('Bravo Sports');
    await user.click(screen.getByRole('button', { name: 'Bravo Sports' }));
    expect(session.get()?.partnerId).toBe('partner-id-bravo');
    // the switch's own navigation has landed (it carries the confirmed-leave state)
    await waitFor(() => expect(router.state.location.state).toEqual(CONFIRMED_LEAVE));
    expect(router.state.location.pathname).toBe('/events');
    expect(await screen.findByRole('button', { name: 'Partner: Bravo Sports' })).toHaveAttribute('aria-expanded', 'false');
    expect(await screen.findByRole('heading', { name: 'Events', level: 1 })).toBeInTheDocument();
  });

  it('a list keeps the filters every partner shares and forgets the ones naming this partner\'s places', async () => {
    const { router, trigger, user } = await openShell();
    await act(() => router.navigate('/events?city=Berlin&category=concert&range=all'));
    await waitFor(() => expect(eventsListHref()).toBe('/events?city=Berlin&category=concert&range=all'));
    await act(() => router.navigate('/campaigns?category=concert&page=3'));
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Bravo Sports' }));
    await waitFor(() => expect(router.state.location.state).toEqual(CONFIRMED_LEAVE));
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/campaigns?category=concert');
    // the way back to the events list does not bring Acme's city filter to Bravo
    expect(eventsListHref()).toBe('/events');
  });

  it('no key press switches by accident: arrows do nothing, Escape closes and returns focus', async () => {
    const { trigger, user } = await openShell();
    trigger.focus();
    await user.keyboard('{ArrowDown}{ArrowUp}');
    expect(session.get()?.partnerId).toBe('partner-id-acme');
    await user.keyboard('{Enter}');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Bravo Sports' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Switch partner' })).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(session.get()?.partnerId).toBe('partner-id-acme');
  });

  it('choosing the current partner only closes the list', async () => {
    const { router, trigger, user } = await openShell();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Acme Concerts' }));
    expect(screen.queryByRole('group', { name: 'Switch partner' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/events');
    expect(session.get()?.partnerId).toBe('partner-id-acme');
  });
});
