// Browser and session helpers: Playwright's Chromium (the system one when present, as in
// playwright.config.ts) and a signed-in session injected into sessionStorage ('fd.session',
// see src/lib/session.ts) before any page script runs.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const PARTNER = 'partner-id-acme';

export function chromiumPath() {
  const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return chromium.executablePath();
  throw new Error('No Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH.');
}

export const launch = (options = {}) => chromium.launch({ executablePath: chromiumPath(), ...options });

function partnersFromIdToken(idToken) {
  const payload = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8'));
  return (payload['cognito:groups'] ?? []).filter((g) => /^(partner-id-.+|fd\d+)$/.test(g));
}

/** POST /auth as demo/demo on the mock server → the session object the app stores. */
export async function signInSession(apiBase) {
  const res = await fetch(`${apiBase}/auth`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo' }) });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  const t = await res.json();
  const partnerIds = partnersFromIdToken(t.IdToken);
  return {
    username: 'demo', accessToken: t.AccessToken, idToken: t.IdToken, refreshToken: t.RefreshToken,
    expiresAt: Date.now() + t.ExpiresIn * 1000, partnerIds, partnerId: partnerIds.includes(PARTNER) ? PARTNER : partnerIds[0] ?? null,
  };
}

/** Headers for direct API calls with this session. */
export const authHeaders = (session) => ({ Authorization: `Bearer ${session.accessToken}`, 'X-Preferred-Partner-Id': session.partnerId });

/** Sets the session on `origin` at document start of every page of the context. */
export async function injectSession(context, origin, session) {
  await context.addInitScript(({ origin: o, value }) => {
    if (location.origin === o) sessionStorage.setItem('fd.session', value);
  }, { origin, value: JSON.stringify(session) });
}

/** A context already signed in on `origin`. */
export async function signedInContext(browser, origin, session, options = {}) {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Berlin', viewport: { width: 1366, height: 900 }, ...options });
  await injectSession(context, origin, session);
  return context;
}
