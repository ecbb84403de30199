/**
 * The mock API over real HTTP: `npm run mock:server` (PORT, default 5000).
 * Main API under /api/v3, CR API under /cr-api, CORS for local development.
 * Admin (not part of the API): /__mock/reset, /__mock/faults — see README.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { handlers } from './handlers/index';
import { resetMock, configureMock, type MockOptions, type ScenarioName } from './db/store';
import { encodeBody } from './http-encoding';
import { addFault, clearFaults, listFaults, type FaultSpec } from './scenarios/faults';

const port = Number(process.env.PORT ?? 5000);
const cors = {
  'Access-Control-Allow-Origin': process.env.CORS_ORIGIN ?? '*',
  'Access-Control-Allow-Headers': 'Authorization, X-Preferred-Partner-Id, Content-Type',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Expose-Headers': 'x-request-id, content-disposition',
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { ...cors, 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function reply(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer) {
  const encoded = encodeBody(body, headers, req.headers['accept-encoding']);
  res.writeHead(status, headers);
  res.end(encoded);
}

async function admin(req: IncomingMessage, res: ServerResponse, url: URL) {
  const body = req.method === 'POST' ? JSON.parse((await readBody(req)).toString() || '{}') : {};
  if (url.pathname === '/__mock/reset' && req.method === 'POST') {
    const opts: Partial<MockOptions> = {};
    if (body.scenario) opts.scenario = body.scenario as ScenarioName;
    if (body.now) opts.now = new Date(body.now);
    if (body.tokenLifetimeSeconds) opts.tokenLifetimeSeconds = Number(body.tokenLifetimeSeconds);
    if (body.reevaluationSeconds !== undefined) opts.reevaluationSeconds = Number(body.reevaluationSeconds);
    resetMock(opts);
    clearFaults();
    return send(res, 200, { ok: true });
  }
  if (url.pathname === '/__mock/config' && req.method === 'POST') {
    configureMock(body as Partial<MockOptions>);
    return send(res, 200, { ok: true });
  }
  if (url.pathname === '/__mock/faults') {
    if (req.method === 'POST') return send(res, 201, { id: addFault(body as FaultSpec) });
    if (req.method === 'DELETE') { clearFaults(); return send(res, 200, { ok: true }); }
    return send(res, 200, listFaults());
  }
  return send(res, 404, { message: 'error.admin.not_found' });
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    if (req.method === 'OPTIONS') { res.writeHead(204, cors); return res.end(); }
    if (url.pathname.startsWith('/__mock/')) return await admin(req, res, url);
    const controller = new AbortController();
    res.on('close', () => { if (!res.writableFinished) controller.abort(); });
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(url, {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v] as [string, string]])),
      body: hasBody ? new Uint8Array(await readBody(req)) : undefined,
      signal: controller.signal,
    });
    const response = await getResponse(handlers, request);
    if (!response) return send(res, 404, { message: 'error.route.not_found' });
    if (response.type === 'error') { res.destroy(); return; }
    const headers: Record<string, string> = { ...cors };
    response.headers.forEach((value, key) => { headers[key] = value; });
    reply(req, res, response.status, headers, Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    if (!res.headersSent) send(res, 500, { message: 'error.mock.crashed', detail: String(error) });
  }
});

server.listen(port, () => {
  console.log(`mock API ready on http://localhost:${port} (main: /api/v3, CR: /cr-api, admin: /__mock)`);
});
