import { z } from 'zod/mini';

/*
 * The contract's error envelope (§2), read field by field: a failure answer must never pass for
 * a success, nor lose its other fields, because one field is null or of another type (a `message:
 * null` used to drop every field error; in a 200 upload answer it made a refusal read as success).
 * A field that does not fit reads as missing.
 */
const lenient = <T extends z.core.SomeType>(schema: T) => z.catch(z.optional(schema), undefined);
const text = lenient(z.string());

/** One entry of the envelope's `validation_errors`. */
export const validationErrorSchema = z.catch(
  z.looseObject({ code: text, field: lenient(z.nullable(z.string())), row: lenient(z.nullable(z.number())), message: text }),
  () => ({}),
);
export type ValidationError = z.infer<typeof validationErrorSchema>;

export const errorEnvelopeSchema = z.catch(
  z.looseObject({
    message: text,
    error_code: text,
    error_subcode: text,
    validation_errors: z.catch(z.array(validationErrorSchema), () => []),
  }),
  () => ({ validation_errors: [] }),
);

/** The server answered, and the answer is a failure (non-2xx, or 2xx with validation_errors). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly messageKey: string;
  readonly errorCode: string | undefined;
  readonly errorSubcode: string | undefined;
  readonly validationErrors: ValidationError[];
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    messageKey?: string | undefined;
    errorCode?: string | null | undefined;
    errorSubcode?: string | null | undefined;
    validationErrors?: ValidationError[] | null | undefined;
    requestId?: string | null | undefined;
  }) {
    const key = init.messageKey ?? `error.http.${init.status}`;
    super(key);
    this.status = init.status;
    this.messageKey = key;
    this.errorCode = init.errorCode ?? undefined;
    this.errorSubcode = init.errorSubcode ?? undefined;
    this.validationErrors = init.validationErrors ?? [];
    this.requestId = init.requestId ?? undefined;
  }
}

/** The server answered 2xx but the body does not match the schema the app expects. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
  /** Dotted path of the first failing value, e.g. "items.3.start_date_time" ("" = root). */
  readonly path: string;
  readonly url: string;
  readonly issues: readonly { path: readonly PropertyKey[]; message: string }[];

  constructor(url: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
    const first = issues[0];
    const path = first ? first.path.map(String).join('.') : '';
    super(`Unexpected response from ${url} at "${path || '(root)'}": ${first?.message ?? 'invalid'}`);
    this.path = path;
    this.url = url;
    this.issues = issues;
  }
}

/** The request never got an answer (offline, DNS, CORS, connection reset). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * No answer within the client's time limit. Not retried: a server that hangs once usually hangs
 * again, and five waits in a row would leave the page loading for minutes.
 */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  readonly timeoutMs: number;
  constructor(url: string, timeoutMs: number) {
    super(`No answer from ${url} within ${Math.round(timeoutMs / 1000)} s`);
    this.timeoutMs = timeoutMs;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A lazy page module failed to load (offline, or replaced by a newer deployment). */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message);
}

/** A short sentence for people; never shows a raw key. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.status) {
      case 401: return 'Your session had ended, so this did not go through. Once you are signed in again, try again.';
      case 403: return 'You do not have access to this for the selected partner.';
      case 404: return 'Not found. It may have been removed.';
      case 409: return 'Someone changed this at the same time. Reload to see the latest state.';
      case 429: return 'Too many requests right now. Please wait a few seconds and try again.';
      default:
        if (error.status >= 500) return 'The server had a problem. Please try again.';
        if (error.validationErrors.length > 0) return 'Some values were not accepted. Please check the highlighted fields.';
        // the message key is for logs, not people; the request id lets support find the refusal
        return `The server did not accept this request.${error.requestId ? ` If it keeps happening, give your Future Demand contact this reference: ${error.requestId}.` : ''}`;
    }
  }
  if (error instanceof SchemaError) return 'The server sent data this dashboard does not understand.';
  if (error instanceof TimeoutError) return 'The server took too long to answer. Please try again.';
  if (error instanceof NetworkError) return 'Could not reach the server. Check your connection and try again.';
  if (isChunkLoadError(error)) {
    // offline, the reason is the connection, and a reload would fail too
    return typeof navigator !== 'undefined' && navigator.onLine === false
      ? 'Part of the dashboard could not be loaded: you are offline. Try again once the connection is back.'
      : 'Part of the dashboard could not be loaded — it may have just been updated. Please reload the page.';
  }
  return 'Something went wrong.';
}
