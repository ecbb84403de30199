import { http, HttpResponse, delay } from 'msw';
import { mockOptions } from '../db/store';

/**
 * Per-request fault injection, usable from Vitest (call the functions), Playwright and the
 * standalone server (POST /__mock/faults). A fault matches a method and a path glob
 * (`*` = one path segment, `**` = anything) against the request's pathname.
 */
export type FaultKind = 'status' | 'hang' | 'malformed' | 'schema';

export interface FaultSpec {
  method?: string;
  path: string;
  kind?: FaultKind;
  status?: number;
  /** How many matching requests it affects; omitted = always. */
  times?: number;
}

interface Fault extends Required<Omit<FaultSpec, 'times' | 'status'>> {
  id: number;
  status: number;
  remaining: number;
  regex: RegExp;
}

let faults: Fault[] = [];
let nextId = 1;

/** `**` → any characters, `*` → one path segment; everything else literal. */
const globToRegex = (glob: string) =>
  new RegExp(`^${glob.split('**').map((part) => part.split('*').map((t) => t.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')).join('.*')}$`);

export function addFault(spec: FaultSpec): number {
  const fault: Fault = {
    id: nextId++,
    method: (spec.method ?? '*').toUpperCase(),
    path: spec.path,
    kind: spec.kind ?? 'status',
    status: spec.status ?? 500,
    remaining: spec.times ?? Number.POSITIVE_INFINITY,
    regex: globToRegex(spec.path),
  };
  faults.push(fault);
  return fault.id;
}

export const clearFaults = () => { faults = []; };
export const listFaults = () => faults.map(({ regex: _r, ...f }) => ({ ...f, remaining: Number.isFinite(f.remaining) ? f.remaining : 'always' }));

function takeFault(request: Request): Fault | undefined {
  const { pathname } = new URL(request.url);
  const fault = faults.find((f) => (f.method === '*' || f.method === request.method) && f.regex.test(pathname));
  if (!fault) return undefined;
  fault.remaining--;
  if (fault.remaining <= 0) faults = faults.filter((f) => f !== fault);
  return fault;
}

/** Runs before every other handler: latency (demo only), then any matching fault. */
export const faultHandler = http.all('*', async ({ request }) => {
  const latency = mockOptions().latency;
  if (latency && !new URL(request.url).pathname.endsWith('.js')) {
    await delay(latency[0] + Math.random() * (latency[1] - latency[0]));
  }
  const fault = takeFault(request);
  if (!fault) return undefined;
  switch (fault.kind) {
    case 'hang':
      await new Promise<void>((resolve) => {
        if (request.signal.aborted) resolve();
        request.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      return HttpResponse.error();
    case 'malformed':
      return new HttpResponse('{"items": [', { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'schema':
      return HttpResponse.json({ unexpected: true, items: 'not-a-list', total: 'many' });
    default:
      return HttpResponse.json(
        { message: fault.status === 401 ? 'error.auth.token_expired' : `error.injected.${fault.status}`, error_code: 'INJECTED_FAULT' },
        { status: fault.status },
      );
  }
});
