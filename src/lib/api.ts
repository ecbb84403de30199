import { env } from '@/config/env';
import { createApiClient } from './api-client';
import { retryStatus } from './retry-status';
import { createSessionStore, refreshResponseSchema } from './session';

const browserStorage = (kind: 'sessionStorage' | 'localStorage') =>
  typeof window !== 'undefined' ? window[kind] : undefined;

/** The signed-in session (tokens in memory + sessionStorage; the partner choice in localStorage). */
export const session = createSessionStore({
  storage: browserStorage('sessionStorage'),
  preferences: browserStorage('localStorage'),
  refresh: (token) =>
    api.request({
      method: 'POST',
      path: '/auth/refresh_token',
      auth: false,
      retry: false,
      json: { token, device_key: null, device_group_key: null },
      schema: refreshResponseSchema,
    }),
});

/** The app's one API client: both hosts, credentials from the session, a 401 ends the session. */
export const api = createApiClient({
  mainBaseUrl: env.apiBaseUrl,
  crBaseUrl: env.crApiBaseUrl,
  getCredentials: (partnerId) => session.getCredentials(partnerId),
  onUnauthorized: (refusedAccessToken) => session.expire(refusedAccessToken),
  onRetrying: retryStatus.begin,
});
