import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';

setupMockApi();
signInEachTest({ partnerId: 'partner-id-acme' });

const EID = 'evt_1myr47h';

async function eventsCrumb() {
  const crumbs = await screen.findByRole('navigation', { name: 'Breadcrumb' });
  return within(crumbs).getByRole('link', { name: 'Events' });
}

describe('the "Events" breadcrumb of the event page', () => {
  it('returns to the list as it was left, filters and sort included', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/events?city=Berlin');
    await screen.findByRole('heading', { level: 1, name: 'Events' });
    // a later change on the same list page is what counts
    await router.navigate('/events?city=Berlin&sort=title');
    await router.navigate(`/events/${EID}`);

    const crumb = await eventsCrumb();
    expect(crumb).toHaveAttribute('href', '/events?city=Berlin&sort=title');
    await user.click(crumb);
    expect(router.state.location).toMatchObject({ pathname: '/events', search: '?city=Berlin&sort=title' });
  });

  it('leads to the plain list when the event was opened without visiting it', async () => {
    renderApp(`/events/${EID}`);
    expect(await eventsCrumb()).toHaveAttribute('href', '/events');
  });
});
