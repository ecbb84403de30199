import { afterEach, beforeEach, vi } from 'vitest';
import { render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '@/app/query-client';
import { createRoutes } from '@/app/router';
import { session } from '@/lib/api';
import { signIn } from '@/features/auth/api/auth';

/** Renders the real routes at `path` with a fresh QueryClient. */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}

/** Signs in against the mock API (demo/demo) and selects a partner. */
export async function signInAs(partnerId = 'partner-id-acme', username = 'demo', password = username) {
  const answer = await signIn(username, password);
  if (answer.kind !== 'tokens') throw new Error('unexpected challenge');
  session.start(username, answer.tokens);
  session.selectPartner(partnerId);
}

/**
 * Every test of the file runs signed in as `partnerId` and, given `now`, with `Date` frozen there
 * (timers stay real). Call at module top level, after anything that should see the sign-in.
 */
export function signInEachTest({ partnerId = 'partner-id-acme', now }: { partnerId?: string; now?: Date } = {}) {
  beforeEach(async () => {
    if (now) vi.useFakeTimers({ now, toFake: ['Date'] });
    await signInAs(partnerId);
  });
  afterEach(() => {
    session.signOut();
    if (now) vi.useRealTimers();
  });
}
