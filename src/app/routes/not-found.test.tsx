import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { session } from '@/lib/api';
import { allRecords } from '../../../mocks/db/events';

setupMockApi();
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

  it('a list that does not exist offers no partner: there is nothing of theirs to open', async () => {
    renderApp('/events-nope');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Go to the overview' })).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /^Open it as/ })).toBeNull();
  });
});
