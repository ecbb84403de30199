import { mockOptions } from './store';

export interface PartnerRow {
  id: string;
  name: string;
  currency: string;
  demand_prediction: boolean;
  campaign_recommendations: boolean;
  status: string;
}

export const partners: Record<string, PartnerRow> = {
  'partner-id-acme': { id: 'partner-id-acme', name: 'Acme Concerts', currency: 'EUR', demand_prediction: true, campaign_recommendations: true, status: 'active' },
  'partner-id-bravo': { id: 'partner-id-bravo', name: 'Bravo Sports', currency: 'CHF', demand_prediction: true, campaign_recommendations: false, status: 'active' },
  'partner-id-solo': { id: 'partner-id-solo', name: 'Solo Theater', currency: 'EUR', demand_prediction: true, campaign_recommendations: true, status: 'active' },
};

export interface UserRow {
  username: string;
  password: string;
  groups: string[];
  /** A challenge answered instead of tokens, to exercise that path. */
  challenge?: 'SOFTWARE_TOKEN_MFA' | 'NEW_PASSWORD_REQUIRED';
}

export const users: UserRow[] = [
  { username: 'demo', password: 'demo', groups: ['partner-id-acme', 'partner-id-bravo', 'staff'] },
  { username: 'solo', password: 'solo', groups: ['partner-id-solo'] },
  { username: 'mfa', password: 'mfa', groups: ['partner-id-acme'], challenge: 'SOFTWARE_TOKEN_MFA' },
];

/** The partner's currency; the mock's single source for it. */
export const partnerCurrency = (partnerId: string) => partners[partnerId]?.currency ?? 'EUR';

/** Tokens are unsigned JWT-shaped strings; the mock trusts what it issued. */
const b64url = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

export function issueTokens(user: UserRow) {
  const lifetime = mockOptions().tokenLifetimeSeconds;
  const exp = Math.floor(Date.now() / 1000) + lifetime;
  const header = b64url({ alg: 'none', typ: 'JWT' });
  const access = `${header}.${b64url({ sub: user.username, exp, token_use: 'access' })}.mock`;
  const id = `${header}.${b64url({ sub: user.username, exp, 'cognito:username': user.username, 'cognito:groups': user.groups })}.mock`;
  return { AccessToken: access, IdToken: id, ExpiresIn: lifetime, TokenType: 'Bearer' as const };
}

export function readToken(token: string): { sub: string; exp: number } | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: unknown; exp?: unknown; token_use?: unknown };
    if (typeof json.sub !== 'string' || typeof json.exp !== 'number' || json.token_use !== 'access') return null;
    return { sub: json.sub, exp: json.exp };
  } catch {
    return null;
  }
}

export const refreshTokenFor = (username: string) => `refresh.${username}`;
export const userByRefreshToken = (token: string) => users.find((u) => refreshTokenFor(u.username) === token);
