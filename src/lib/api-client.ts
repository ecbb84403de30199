import type { z } from 'zod/mini';
import { ApiError, NetworkError, SchemaError, TimeoutError, errorEnvelopeSchema, isAbortError } from './api-errors';
import { xhrFetch, type ProgressFetch, type UploadProgress } from './xhr-fetch';

export type Host = 'main' | 'cr';
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
type Scalar = string | number | boolean | null | undefined;
export type QueryParams = Record<string, Scalar | readonly Scalar[]>;

export interface Credentials {
  accessToken: string;
  partnerId: string;
}

export interface ApiClientConfig {
  mainBaseUrl: string;
  crBaseUrl: string;
  /** Returns fresh credentials (refreshing when needed) or null when signed out. */
  getCredentials?: (partnerId?: string) => Promise<Credentials | null>;
  /**
   * Called once per 401 answer of an authenticated call, with the token that was refused (so a
   * late 401 for an old token cannot end a newer session). The client itself never navigates.
   */
  onUnauthorized?: (refusedAccessToken: string) => void;
  fetch?: typeof fetch;
  /** Injectable so tests run instantly. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  maxAttempts?: number;
  /** Transport for uploads that report progress (default: XMLHttpRequest). */
  progressFetch?: ProgressFetch;
  /** Give up on an attempt (answer and body) after this long (default 20 s). */
  timeoutMs?: number;
  /**
   * Called when a request is about to be tried again after a failed attempt, with why (`busy`: the
   * API asked to slow down, 429; `failing`: a 5xx or a lost connection); again when the reason
   * changes. Each returned function is called once that reason is over (another one, an answer,
   * a final failure, or an abort).
   */
  onRetrying?: (reason: RetryReason) => () => void;
}

interface BaseRequest {
  method?: Method;
  host?: Host;
  path: string;
  query?: QueryParams;
  json?: unknown;
  formData?: FormData;
  body?: Blob;
  signal?: AbortSignal | undefined;
  /** The Accept header (default JSON; a download takes any type). */
  accept?: string;
  /** Send Bearer + partner headers (default true). */
  auth?: boolean;
  /** Ask as this partner of the user's instead of the session's one (X-Preferred-Partner-Id). */
  partnerId?: string;
  /** Override idempotency (default: GET, PUT, DELETE are retried; POST, PATCH are not). */
  retry?: boolean;
  /** Report upload progress (switches the transport to XMLHttpRequest). */
  onUploadProgress?: (progress: UploadProgress) => void;
  /**
   * This call's time limit; null = none. Default: the client's. For uploads that report progress
   * it counts from when the file is all sent: sending a large file on a slow line may rightly
   * take minutes (the user sees it move and can cancel); the server's answer may not.
   */
  timeoutMs?: number | null;
}

export type JsonRequest<S extends z.ZodMiniType> = BaseRequest & { schema: S };
export type BlobRequest = BaseRequest & { responseType: 'blob' };

/**
 * Builds a query string the way the contract wants it (§2): arrays repeat the key,
 * null / undefined / "" / [] are dropped, everything is percent-encoded.
 */
export function buildQuery(query: QueryParams | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values as readonly Scalar[]) {
      if (v === null || v === undefined || v === '') continue;
      params.append(key, String(v));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Joins base and path without touching the path's own trailing slash (significant, §2). */
export function buildUrl(base: string, path: string, query?: QueryParams): string {
  const b = base.replace(/\/+$/, '');
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${b}${p}${buildQuery(query)}`;
}

const IDEMPOTENT: ReadonlySet<Method> = new Set(['GET', 'PUT', 'DELETE']);

export type RetryReason = 'busy' | 'failing';

const isRateLimited = (error: unknown) => error instanceof ApiError && error.status === 429;

/** A rate-limited read gives up sooner: the user hears "try again in a moment" within about 30 s, not 75 s. */
const MAX_ATTEMPTS_RATE_LIMITED = 3;

function retryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return isRateLimited(error) || (error instanceof ApiError && error.status >= 500);
}

/** 429: wait 5–10 s first (no Retry-After, §2); otherwise exponential from 500 ms with jitter. */
export function backoffDelay(attempt: number, error: unknown, random: () => number): number {
  const cap = 30_000;
  if (isRateLimited(error)) {
    const base = 5_000 * 2 ** (attempt - 1);
    return Math.min(cap, base + random() * base);
  }
  const base = 500 * 2 ** (attempt - 1);
  return Math.min(cap, base / 2 + (random() * base) / 2);
}

export const abortableSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    function onAbort() { clearTimeout(t); reject(signal?.reason); }
    signal?.addEventListener('abort', onAbort, { once: true });
  });

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new SchemaError(response.url || 'response', [{ path: [], message: 'Malformed JSON' }]);
  }
}

/**
 * A 2xx answer carrying `validation_errors` is a failure unless they are null or an empty list,
 * whatever they hold (entries with nulls, an object of field → errors).
 */
function hasValidationErrors(body: unknown): boolean {
  const errors = typeof body === 'object' && body !== null ? (body as { validation_errors?: unknown }).validation_errors : undefined;
  return errors !== undefined && errors !== null && !(Array.isArray(errors) && errors.length === 0);
}

function toApiError(status: number, body: unknown, response: Response): ApiError {
  const envelope = errorEnvelopeSchema.parse(body);
  return new ApiError({
    status,
    messageKey: envelope.message,
    errorCode: envelope.error_code,
    errorSubcode: envelope.error_subcode,
    validationErrors: envelope.validation_errors,
    requestId: response.headers.get('x-request-id'),
  });
}

export function createApiClient(config: ApiClientConfig) {
  const doFetch = config.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const sleep = config.sleep ?? abortableSleep;
  const random = config.random ?? Math.random;
  const maxAttempts = config.maxAttempts ?? 5;
  const progressFetch = config.progressFetch ?? xhrFetch;
  const timeoutMs = config.timeoutMs ?? 20_000;

  async function once(req: BaseRequest, signal: AbortSignal | undefined, onProgress = req.onUploadProgress): Promise<Response> {
    const method = req.method ?? 'GET';
    const base = req.host === 'cr' ? config.crBaseUrl : config.mainBaseUrl;
    const url = buildUrl(base, req.path, req.query);
    const headers = new Headers({ Accept: req.accept ?? 'application/json' });
    let body: BodyInit | undefined;
    if (req.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(req.json);
    } else if (req.formData) {
      body = req.formData; // the browser sets the multipart boundary
    } else if (req.body) {
      if (req.body.type) headers.set('Content-Type', req.body.type);
      body = req.body;
    }
    let creds: Credentials | null = null;
    if (req.auth !== false && config.getCredentials) {
      creds = await config.getCredentials(req.partnerId);
      // Signed out (or no partner chosen nor named): don't send a request that can only answer 401.
      if (!creds) throw new ApiError({ status: 401, messageKey: 'error.auth.signed_out' });
      headers.set('Authorization', `Bearer ${creds.accessToken}`);
      headers.set('X-Preferred-Partner-Id', req.partnerId ?? creds.partnerId);
    }
    let response: Response;
    try {
      const init: RequestInit = { method, headers, body, signal };
      response = onProgress ? await progressFetch(url, init, onProgress) : await doFetch(url, init);
    } catch (cause) {
      if (isAbortError(cause) || signal?.aborted) throw cause;
      throw new NetworkError(`Could not reach ${url}`, { cause });
    }
    if (!response.ok) {
      const errBody = await readJson(response).catch(() => undefined);
      const error = toApiError(response.status, errBody, response);
      if (response.status === 401 && creds) config.onUnauthorized?.(creds.accessToken);
      throw error;
    }
    return response;
  }

  /**
   * One attempt (request and reading its answer) under the time limit. On expiry the transport is
   * aborted and the attempt fails with TimeoutError; a caller's abort ends it at once. Both hold
   * even if the transport or the body stream ignores the abort.
   */
  async function attempt<T>(req: BaseRequest, consume: (response: Response) => Promise<T>): Promise<T> {
    const limit = req.timeoutMs !== undefined ? req.timeoutMs : timeoutMs;
    if (limit === null) return consume(await once(req, req.signal));
    const controller = new AbortController();
    const forwardAbort = () => controller.abort(req.signal?.reason);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startClock = () => {
      timer ??= setTimeout(() => {
        controller.abort(new TimeoutError(buildUrl(req.host === 'cr' ? config.crBaseUrl : config.mainBaseUrl, req.path), limit));
      }, limit);
    };
    const report = req.onUploadProgress;
    // an upload's clock starts once it is all sent; anything else's at once
    const onProgress = report && ((p: UploadProgress) => { report(p); if (p.total !== null && p.loaded >= p.total) startClock(); });
    if (!report) startClock();
    const stopped = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
    });
    if (req.signal?.aborted) forwardAbort();
    else req.signal?.addEventListener('abort', forwardAbort, { once: true });
    try {
      return await Promise.race([once(req, controller.signal, onProgress).then(consume), stopped]);
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', forwardAbort);
    }
  }

  async function withRetry<T>(req: BaseRequest, run: () => Promise<T>): Promise<T> {
    const canRetry = req.retry ?? IDEMPOTENT.has(req.method ?? 'GET');
    let retrying: { reason: RetryReason; settled?: () => void } | undefined;
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          return await run();
        } catch (error) {
          const limit = isRateLimited(error) ? Math.min(maxAttempts, MAX_ATTEMPTS_RATE_LIMITED) : maxAttempts;
          if (!canRetry || attempt >= limit || !retryable(error) || req.signal?.aborted) throw error;
          const reason: RetryReason = isRateLimited(error) ? 'busy' : 'failing';
          if (retrying?.reason !== reason) {
            retrying?.settled?.();
            retrying = { reason, settled: config.onRetrying?.(reason) };
          }
          await sleep(backoffDelay(attempt, error, random), req.signal);
        }
      }
    } finally {
      retrying?.settled?.();
    }
  }

  /** A JSON call whose answer is parsed by `schema`. */
  function request<S extends z.ZodMiniType>(req: JsonRequest<S>): Promise<z.infer<S>> {
    return withRetry(req, () => attempt(req, async (response) => {
      const body = await readJson(response);
      if (hasValidationErrors(body)) throw toApiError(response.status, body, response);
      const parsed = req.schema.safeParse(body);
      if (!parsed.success) throw new SchemaError(response.url || req.path, parsed.error.issues);
      return parsed.data;
    }));
  }

  /** A call answered with 204 / an ignorable body (still checked for validation_errors). */
  function send(req: BaseRequest): Promise<void> {
    return withRetry(req, () => attempt(req, async (response) => {
      const body = await readJson(response).catch(() => undefined);
      if (hasValidationErrors(body)) throw toApiError(response.status, body, response);
    }));
  }

  /** A download. */
  function blob(req: BaseRequest): Promise<Blob> {
    const download = { ...req, accept: req.accept ?? '*/*' };
    return withRetry(download, () => attempt(download, (response) => response.blob()));
  }

  return { request, send, blob };
}

export type ApiClient = ReturnType<typeof createApiClient>;
