/**
 * A tiny client for contract tests of the mock API (Vitest, node environment, with
 * `setupMockApi()` intercepting fetch): signs in for real and sends the contract's headers.
 */
export const BASE = 'http://localhost/api/v3';

export interface Session { token: string; partnerId: string }

export async function signIn(username = 'demo', password = 'demo', partnerId = 'partner-id-acme'): Promise<Session> {
  const response = await fetch(`${BASE}/auth`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { AccessToken?: string };
  if (!body.AccessToken) throw new Error(`sign-in failed: ${response.status}`);
  return { token: body.AccessToken, partnerId };
}

export interface CallOptions {
  method?: string;
  json?: unknown;
  body?: BodyInit;
  /** `null` sends no partner header; a string overrides the session's. */
  partnerId?: string | null;
  /** `false` sends no Authorization header. */
  auth?: boolean;
  headers?: Record<string, string>;
}

export function call(session: Session, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth !== false) headers.Authorization = `Bearer ${session.token}`;
  const partner = options.partnerId === undefined ? session.partnerId : options.partnerId;
  if (partner !== null) headers['X-Preferred-Partner-Id'] = partner;
  let body = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  return fetch(`${BASE}${path}`, { method: options.method ?? 'GET', headers, body });
}

export async function callJson<T = unknown>(session: Session, path: string, options: CallOptions = {}): Promise<{ status: number; body: T }> {
  const response = await call(session, path, options);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

export interface ErrorBody { message: string; error_code?: string; validation_errors?: { code: string; field?: string; row?: number }[] }

/** The `field`s named by an error body's validation_errors. */
export const errorFields = (body: ErrorBody) => (body.validation_errors ?? []).map((e) => e.field);
