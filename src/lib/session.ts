import { z } from 'zod/mini';
import { ApiError } from './api-errors';

/**
 * The signed-in session: tokens in memory, mirrored to sessionStorage (so a reload in the same
 * tab keeps you signed in; never localStorage). Refreshes proactively when under 5 minutes
 * remain, single-flight: N concurrent callers share one refresh. Only a refused refresh token
 * ends the session; a refresh that fails on the way (offline, time-out, 5xx, 429) keeps the
 * session and its still-valid token, and is tried again on a later request, at most every 30 s.
 */
export interface Session {
  username: string;
  accessToken: string;
  idToken: string;
  refreshToken: string;
  /** epoch ms */
  expiresAt: number;
  /** partner ids from the IdToken's cognito:groups */
  partnerIds: string[];
  partnerId: string | null;
}

export type SessionStatus = 'signed-in' | 'signed-out' | 'expired';

const STORAGE_KEY = 'fd.session';
const REFRESH_MARGIN_MS = 5 * 60 * 1000;
const REFRESH_RETRY_MS = 30 * 1000;

/** The refresh token itself was refused (not a failure on the way): the session is over. */
const refused = (error: unknown) => error instanceof ApiError && [400, 401, 403].includes(error.status);
const PARTNER_GROUP = /^(partner-id-.+|fd\d+)$/;

const storedSchema = z.object({
  username: z.string(),
  accessToken: z.string(),
  idToken: z.string(),
  refreshToken: z.string(),
  expiresAt: z.number(),
  partnerIds: z.array(z.string()),
  partnerId: z.nullable(z.string()),
});

export const refreshResponseSchema = z.looseObject({
  AccessToken: z.string(),
  IdToken: z.string(),
  ExpiresIn: z.number(),
});
export type TokenResponse = z.infer<typeof refreshResponseSchema>;

/** Partner ids listed in a JWT's `cognito:groups` claim. */
export function partnersFromIdToken(idToken: string): string[] {
  try {
    const payload = idToken.split('.')[1] ?? '';
    const json: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    const groups = (json as Record<string, unknown>)['cognito:groups'];
    return Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string' && PARTNER_GROUP.test(g)) : [];
  } catch {
    return [];
  }
}

/** Marks, across a reload, that the last session ended (not a secret: no token). */
const ENDED_KEY = 'fd.session.ended';

const rememberedPartnerKey = (username: string) => `fd.partner.${username}`;

export interface SessionStoreOptions {
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  /** Remembers the partner choice (not a secret) across sessions. */
  preferences?: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  now?: () => number;
  refresh: (refreshToken: string) => Promise<TokenResponse>;
}

export function createSessionStore(opts: SessionStoreOptions) {
  const now = opts.now ?? Date.now;
  let current: Session | null = load();
  // a session that ended (401) before a reload still says so after it: the sign-in page then
  // explains why, instead of a bare form (a background request can end it just before a reload)
  let status: SessionStatus = current ? 'signed-in' : opts.storage?.getItem(ENDED_KEY) ? 'expired' : 'signed-out';
  let inflight: Promise<Session | null> | null = null;
  let retryRefreshAt = 0;
  const listeners = new Set<() => void>();

  function load(): Session | null {
    try {
      const raw = opts.storage?.getItem(STORAGE_KEY);
      const parsed = raw ? storedSchema.safeParse(JSON.parse(raw)) : null;
      return parsed?.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  function set(next: Session | null, nextStatus: SessionStatus) {
    current = next;
    status = nextStatus;
    if (next) opts.storage?.setItem(STORAGE_KEY, JSON.stringify(next));
    else opts.storage?.removeItem(STORAGE_KEY);
    if (nextStatus === 'expired') opts.storage?.setItem(ENDED_KEY, '1');
    else opts.storage?.removeItem(ENDED_KEY);
    listeners.forEach((l) => l());
  }

  /**
   * Refreshes `session`'s tokens. What the user did meanwhile wins: after a sign-out nothing
   * comes back, after a partner switch the new tokens join the switched session. Resolves to the
   * session to use (null: signed out meanwhile).
   */
  function refreshNow(session: Session): Promise<Session | null> {
    const isStill = () => current !== null && current.refreshToken === session.refreshToken;
    inflight ??= opts
      .refresh(session.refreshToken)
      .then((t) => {
        if (!current || !isStill()) return current;
        const next = { ...current, accessToken: t.AccessToken, idToken: t.IdToken, expiresAt: now() + t.ExpiresIn * 1000 };
        set(next, 'signed-in');
        return next;
      })
      .catch((error: unknown) => {
        if (!isStill()) return current;
        if (refused(error)) {
          set(null, 'expired');
          throw error;
        }
        // on the way: go on with the token while it is valid, and try again a little later
        retryRefreshAt = now() + REFRESH_RETRY_MS;
        if (current && current.expiresAt > now()) return current;
        throw error;
      })
      .finally(() => { inflight = null; });
    return inflight;
  }

  return {
    get: () => current,
    status: () => status,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    /**
     * After a successful POST /auth. Picks `preferredPartnerId` (signing in again over a page of
     * that partner), else the remembered or only partner, when the tokens allow it.
     */
    start(username: string, tokens: TokenResponse & { RefreshToken: string }, preferredPartnerId?: string | null) {
      const partnerIds = partnersFromIdToken(tokens.IdToken);
      const remembered = opts.preferences?.getItem(rememberedPartnerKey(username));
      const partnerId = [preferredPartnerId, remembered].find((id) => id && partnerIds.includes(id))
        ?? (partnerIds.length === 1 ? partnerIds[0] ?? null : null);
      set({
        username,
        accessToken: tokens.AccessToken,
        idToken: tokens.IdToken,
        refreshToken: tokens.RefreshToken,
        expiresAt: now() + tokens.ExpiresIn * 1000,
        partnerIds,
        partnerId,
      }, 'signed-in');
    },
    selectPartner(partnerId: string) {
      if (!current || !current.partnerIds.includes(partnerId)) return;
      opts.preferences?.setItem(rememberedPartnerKey(current.username), partnerId);
      set({ ...current, partnerId }, 'signed-in');
    },
    signOut: () => set(null, 'signed-out'),
    /** A 401 from the API for `refusedAccessToken`: that session is over (a newer one is kept). */
    expire: (refusedAccessToken?: string) => {
      if (current && (refusedAccessToken === undefined || refusedAccessToken === current.accessToken)) set(null, 'expired');
    },
    /**
     * Credentials for a request, refreshing first when under 5 minutes remain: as the chosen
     * partner, or as `partnerId` when it is one of the user's (the partner picker reads each
     * partner's name before one is chosen).
     */
    async getCredentials(partnerId?: string) {
      let session = current;
      const asPartner = (s: Session) => (partnerId && s.partnerIds.includes(partnerId) ? partnerId : s.partnerId);
      if (!session || !asPartner(session)) return null;
      const due = session.expiresAt - now() < REFRESH_MARGIN_MS && (now() >= retryRefreshAt || session.expiresAt <= now());
      if (due) session = await refreshNow(session);
      const chosen = session && asPartner(session);
      return session && chosen ? { accessToken: session.accessToken, partnerId: chosen } : null;
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
