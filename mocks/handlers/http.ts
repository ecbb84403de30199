import { HttpResponse } from 'msw';
import { partners, readToken, users } from '../db/partners';

/** Handlers match any origin so the same set serves the browser, Vitest and real HTTP. */
export const MAIN = '*/api/v3';
export const CR = '*/cr-api';

let requestCounter = 0;
const requestId = () => `req_${(++requestCounter).toString(36).padStart(6, '0')}`;

export function json(body: unknown, status = 200) {
  return HttpResponse.json(body as never, { status, headers: { 'x-request-id': requestId() } });
}

export function noContent() {
  return new HttpResponse(null, { status: 204, headers: { 'x-request-id': requestId() } });
}

export interface ValidationErrorBody { code: string; field?: string; row?: number; message?: string }

/** The contract's error envelope (§2). */
export function apiError(status: number, message: string, extra: { error_code?: string; validation_errors?: ValidationErrorBody[] } = {}) {
  return json({ message, ...extra }, status);
}

export const validationError = (errors: ValidationErrorBody[], status = 400) =>
  apiError(status, 'error.validation', { error_code: 'VALIDATION_ERROR', validation_errors: errors });

export const notFound = (what = 'resource') => apiError(404, `error.${what}.not_found`);

/**
 * Auth for every protected route: a valid, unexpired Bearer token (401 otherwise) and an
 * X-Preferred-Partner-Id the user belongs to (403 otherwise). Returns the partner id or a Response.
 */
export function authorize(request: Request): { partnerId: string; username: string } | Response {
  const header = request.headers.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  const claims = token ? readToken(token) : null;
  if (!claims) return apiError(401, 'error.auth.missing_token');
  if (claims.exp * 1000 <= Date.now()) return apiError(401, 'error.auth.token_expired');
  const user = users.find((u) => u.username === claims.sub);
  if (!user) return apiError(401, 'error.auth.unknown_user');
  const partnerId = request.headers.get('x-preferred-partner-id') ?? '';
  if (!partnerId || !user.groups.includes(partnerId) || !partners[partnerId]) {
    return apiError(403, 'error.auth.partner_forbidden');
  }
  return { partnerId, username: user.username };
}

type Params = Record<string, string | readonly string[] | undefined>;
type Resolver = (ctx: { request: Request; params: Params; partnerId: string; url: URL }) => Response | Promise<Response>;

/** Wraps a resolver with `authorize`. Path params arrive as `params`; read them with `param()`. */
export function guarded(resolver: Resolver) {
  return ({ request, params }: { request: Request; params: Params }) => {
    const auth = authorize(request);
    if (auth instanceof Response) return auth;
    return resolver({ request, params, partnerId: auth.partnerId, url: new URL(request.url) });
  };
}

/** One path parameter as a string ("" when absent). */
export const param = (params: Params, name: string): string => {
  const v = params[name];
  return typeof v === 'string' ? v : '';
};

/** The pagination envelope (§2): 1-based page, limit capped at `maxLimit`. */
export function paginate<T>(items: readonly T[], url: URL, { defaultLimit = 50, maxLimit = 50 } = {}) {
  const limit = Math.min(maxLimit, Math.max(1, Number.parseInt(url.searchParams.get('limit') ?? '', 10) || defaultLimit));
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '', 10) || 1);
  const start = (page - 1) * limit;
  return { total, limit, page, pages, items: items.slice(start, start + limit) };
}

/** Reads a query parameter that must be a finite number; `undefined` when absent. */
export function numberParam(url: URL, name: string): number | undefined | 'invalid' {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : 'invalid';
}
