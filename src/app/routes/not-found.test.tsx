import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { session } from '@/lib/api';
import { allRecords } from '../../../mocks/db/events';

const server = setupMockApi();
signInEachTest({ partnerId: 'partner-id-acme' });

describe('not-found page', () => {
  it("offers another of the user's partners for a record's page (Back after a switch, a colleague's link); opening it as one shows the record", async () => {
    const bravo = allRecords('partner-id-bravo')[0]!.row;
    const { router } = renderApp(`/events/${bravo.id}`);
    expect(await screen.findByRole('heading', { name: 'Page not found' }, { timeout: 5000 })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Open it as Bravo Sports' }));
    expect(await screen.findByRole('heading', { level: 1, name: bravo.title }, { timeout: 5000 })).toBeInTheDocument();
    expect(session.get()?.partnerId).toBe('partner-id-bravo');
    expect(router.state.location.pathname).toBe(`/events/${bravo.id}`);
  });

  it('an event no partner of the user has offers none: switching would only show "not found" again', async () => {
    const askedAs: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.endsWith('/events/evt_madeup')) askedAs.push(request.headers.get('X-Preferred-Partner-Id') ?? '');
    };
    server.events.on('request:start', onRequest);
    renderApp('/events/evt_madeup');
    expect(await screen.findByRole('heading', { name: 'Page not found' }, { timeout: 5000 })).toBeInTheDocument();
    // the other partner was asked, and said no
    await waitFor(() => expect(askedAs).toContain('partner-id-bravo'));
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByRole('button', { name: /^Open it as/ })).toBeNull();
    server.events.removeListener('request:start', onRequest);
  });
});
