import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from './api-errors';
import { createSessionStore, partnersFromIdToken, type TokenResponse } from './session';

const b64 = (v: unknown) => btoa(JSON.stringify(v)).replace(/=+$/, '');
const idToken = (groups: string[]) => `${b64({ alg: 'none' })}.${b64({ 'cognito:groups': groups })}.sig`;

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => { data.set(k, v); },
    removeItem: (k: string) => { data.delete(k); },
    data,
  };
}

function setup({ expiresIn = 3600, groups = ['partner-id-acme'] } = {}) {
  let now = 1_000_000;
  const storage = memoryStorage();
  const preferences = memoryStorage();
  let release: (t: TokenResponse) => void = () => undefined;
  const refresh = vi.fn(() => new Promise<TokenResponse>((resolve) => { release = resolve; }));
  const store = createSessionStore({ storage, preferences, now: () => now, refresh });
  store.start('demo', { AccessToken: 'a1', IdToken: idToken(groups), RefreshToken: 'r1', ExpiresIn: expiresIn });
  return { store, storage, preferences, refresh, advance: (ms: number) => { now += ms; }, release: (t: TokenResponse) => release(t) };
}

describe('session', () => {
  it('reads partner ids from the IdToken groups, ignoring other groups', () => {
    expect(partnersFromIdToken(idToken(['partner-id-acme', 'staff', 'fd42', 'fdx']))).toEqual(['partner-id-acme', 'fd42']);
    expect(partnersFromIdToken('garbage')).toEqual([]);
  });

  it('signing in again over a held page takes that page’s partner if the tokens allow it, else the usual choice', () => {
    const both = ['partner-id-acme', 'partner-id-bravo'];
    const tokens = (groups: string[]) => ({ AccessToken: 'a', IdToken: idToken(groups), RefreshToken: 'r', ExpiresIn: 3600 });
    const { store } = setup({ groups: both });
    store.selectPartner('partner-id-bravo'); // remembered (another tab's switch)
    store.start('demo', tokens(both), 'partner-id-acme');
    expect(store.get()?.partnerId).toBe('partner-id-acme');
    store.start('demo', tokens(['partner-id-bravo']), 'partner-id-acme'); // the account lost it
    expect(store.get()?.partnerId).toBe('partner-id-bravo');
    store.start('demo', tokens(both), null);
    expect(store.get()?.partnerId).toBe('partner-id-bravo');
  });

  it('picks the only partner, asks when there are several, and remembers the choice', () => {
    expect(setup().store.get()?.partnerId).toBe('partner-id-acme');
    const many = setup({ groups: ['partner-id-acme', 'partner-id-bravo'] });
    expect(many.store.get()?.partnerId).toBeNull();
    many.store.selectPartner('partner-id-bravo');
    expect(many.store.get()?.partnerId).toBe('partner-id-bravo');
    many.store.signOut();
    many.store.start('demo', { AccessToken: 'a', IdToken: idToken(['partner-id-acme', 'partner-id-bravo']), RefreshToken: 'r', ExpiresIn: 3600 });
    expect(many.store.get()?.partnerId).toBe('partner-id-bravo');
    many.store.selectPartner('partner-id-evil');
    expect(many.store.get()?.partnerId).toBe('partner-id-bravo');
  });

  it("gives credentials for a named partner of the user's before one is chosen, and for no other", async () => {
    const { store } = setup({ groups: ['partner-id-acme', 'partner-id-bravo'] });
    await expect(store.getCredentials()).resolves.toBeNull();
    await expect(store.getCredentials('partner-id-bravo')).resolves.toEqual({ accessToken: 'a1', partnerId: 'partner-id-bravo' });
    await expect(store.getCredentials('partner-id-evil')).resolves.toBeNull();
    store.selectPartner('partner-id-acme');
    await expect(store.getCredentials('partner-id-evil')).resolves.toEqual({ accessToken: 'a1', partnerId: 'partner-id-acme' });
  });

  it('keeps tokens in the session storage given to it and clears them on sign-out', () => {
    const { store, storage, preferences } = setup();
    expect(storage.data.get('fd.session')).toContain('"accessToken":"a1"');
    expect([...preferences.data.values()].join()).not.toContain('a1');
    store.signOut();
    expect(storage.data.has('fd.session')).toBe(false);
    expect(store.status()).toBe('signed-out');
  });

  it('does not refresh while more than 5 minutes remain', async () => {
    const { store, refresh, advance } = setup();
    advance(54 * 60 * 1000);
    await expect(store.getCredentials()).resolves.toEqual({ accessToken: 'a1', partnerId: 'partner-id-acme' });
    expect(refresh).not.toHaveBeenCalled();
  });

  it('N concurrent requests with an almost expired token cause exactly one refresh', async () => {
    const { store, refresh, advance, release } = setup();
    advance(56 * 60 * 1000); // 4 minutes left
    const pending = Array.from({ length: 8 }, () => store.getCredentials());
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledWith('r1');
    release({ AccessToken: 'a2', IdToken: idToken(['partner-id-acme']), ExpiresIn: 3600 });
    const results = await Promise.all(pending);
    expect(new Set(results.map((r) => r?.accessToken))).toEqual(new Set(['a2']));
    await store.getCredentials();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('ends the session when the refresh token is refused, and on expire()', async () => {
    const { store, refresh } = setup({ expiresIn: 60 });
    refresh.mockRejectedValueOnce(new ApiError({ status: 401 }));
    await expect(store.getCredentials()).rejects.toBeInstanceOf(ApiError);
    expect(store.status()).toBe('expired');
    expect(store.get()).toBeNull();
    const other = setup();
    other.store.expire('an-older-token');
    expect(other.store.status()).toBe('signed-in');
    other.store.expire('a1');
    expect(other.store.status()).toBe('expired');
  });

  it('a session that ended before a reload still says so after it; one signed out does not', () => {
    const { store, storage } = setup();
    store.expire('a1');
    const reloaded = createSessionStore({ storage, refresh: vi.fn() });
    expect(reloaded.get()).toBeNull();
    expect(reloaded.status()).toBe('expired');
    reloaded.signOut();
    expect(createSessionStore({ storage, refresh: vi.fn() }).status()).toBe('signed-out');
    // no token is kept to say it
    expect([...storage.data.values()].join()).not.toContain('a1');
  });

  it('restores a session from storage after a reload', () => {
    const { storage } = setup();
    const reloaded = createSessionStore({ storage, refresh: vi.fn() });
    expect(reloaded.get()?.accessToken).toBe('a1');
    expect(reloaded.status()).toBe('signed-in');
  });

  it('a refresh failing on the way keeps the session on its valid token, and tries again 30 s later', async () => {
    const { store, refresh, advance, release } = setup();
    advance(56 * 60 * 1000); // 4 minutes left
    refresh.mockRejectedValueOnce(new NetworkError('offline'));
    await expect(store.getCredentials()).resolves.toEqual({ accessToken: 'a1', partnerId: 'partner-id-acme' });
    expect(store.status()).toBe('signed-in');
    await store.getCredentials();
    expect(refresh).toHaveBeenCalledTimes(1);
    advance(31 * 1000);
    const next = store.getCredentials();
    expect(refresh).toHaveBeenCalledTimes(2);
    release({ AccessToken: 'a2', IdToken: idToken(['partner-id-acme']), ExpiresIn: 3600 });
    await expect(next).resolves.toEqual({ accessToken: 'a2', partnerId: 'partner-id-acme' });
  });

  it('with the token already expired, a failing refresh fails the request but does not sign out', async () => {
    const { store, refresh, advance } = setup();
    advance(61 * 60 * 1000);
    refresh.mockRejectedValueOnce(new ApiError({ status: 503 }));
    await expect(store.getCredentials()).rejects.toBeInstanceOf(ApiError);
    expect(store.status()).toBe('signed-in');
  });

  it('a sign-out or partner switch made while a refresh runs is kept when it lands', async () => {
    const out = setup();
    out.advance(56 * 60 * 1000);
    const pending = out.store.getCredentials();
    out.store.signOut();
    out.release({ AccessToken: 'a2', IdToken: idToken(['partner-id-acme']), ExpiresIn: 3600 });
    await expect(pending).resolves.toBeNull();
    expect(out.store.status()).toBe('signed-out');
    expect(out.storage.data.has('fd.session')).toBe(false);

    const sw = setup({ groups: ['partner-id-acme', 'partner-id-bravo'] });
    sw.store.selectPartner('partner-id-acme');
    sw.advance(56 * 60 * 1000);
    const running = sw.store.getCredentials();
    sw.store.selectPartner('partner-id-bravo');
    sw.release({ AccessToken: 'a2', IdToken: idToken(['partner-id-acme', 'partner-id-bravo']), ExpiresIn: 3600 });
    await expect(running).resolves.toEqual({ accessToken: 'a2', partnerId: 'partner-id-bravo' });
    expect(sw.store.get()).toMatchObject({ partnerId: 'partner-id-bravo', accessToken: 'a2' });
  });
});
