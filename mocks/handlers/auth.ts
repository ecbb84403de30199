import { http } from 'msw';
import { issueTokens, partners, refreshTokenFor, userByRefreshToken, users } from '../db/partners';
import { MAIN, apiError, guarded, json } from './http';

export const authHandlers = [
  http.get(`${MAIN}/status/`, () => json({ status: 'ok' })),

  http.post(`${MAIN}/auth`, async ({ request }) => {
    const body = (await request.json().catch(() => null)) as { username?: unknown; password?: unknown } | null;
    if (!body || typeof body.username !== 'string' || typeof body.password !== 'string') {
      return apiError(400, 'error.validation', { validation_errors: [{ code: 'required', field: 'username' }] });
    }
    const user = users.find((u) => u.username === body.username && u.password === body.password);
    if (!user) return apiError(401, 'error.auth.invalid_credentials');
    if (user.challenge) return json({ Challenge: user.challenge, Session: 'mock-session' });
    return json({ ...issueTokens(user), RefreshToken: refreshTokenFor(user.username) });
  }),

  http.post(`${MAIN}/auth/refresh_token`, async ({ request }) => {
    const body = (await request.json().catch(() => null)) as { token?: unknown } | null;
    const user = typeof body?.token === 'string' ? userByRefreshToken(body.token) : undefined;
    if (!user) return apiError(401, 'error.auth.invalid_refresh_token');
    return json(issueTokens(user));
  }),

  http.get(`${MAIN}/partners/`, guarded(({ partnerId }) => json(partners[partnerId]))),
];
