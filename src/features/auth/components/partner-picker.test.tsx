import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp } from '@/testing/render-app';
import { session } from '@/lib/api';
import { signIn } from '../api/auth';

setupMockApi();
afterEach(() => session.signOut());

describe('PartnerPicker', () => {
  it("names each of the user's partners (read as that partner) and picks the one pressed", async () => {
    localStorage.clear(); // no remembered partner: the picker asks
    const answer = await signIn('demo', 'demo');
    if (answer.kind !== 'tokens') throw new Error('unexpected challenge');
    session.start('demo', answer.tokens);
    expect(session.get()?.partnerId).toBeNull();
    renderApp('/events');
    expect(await screen.findByRole('heading', { name: 'Choose a partner' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Acme Concerts' })).toBeInTheDocument();
    await user().click(await screen.findByRole('button', { name: 'Bravo Sports' }));
    expect(session.get()?.partnerId).toBe('partner-id-bravo');
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Choose a partner' })).not.toBeInTheDocument());
  });
});

const user = () => userEvent.setup();
