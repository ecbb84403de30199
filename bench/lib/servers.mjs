// Servers the bench starts and stops itself: the standalone mock server, `vite preview` of the
// production build, and a static server for the chart bench page. Started through `node <path>`
// (never npx) so the pid we kill is the server itself.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const started = new Set();

/** Runs a node script to completion (inherits stdio); throws on a non-zero exit. */
export function runNode(args, { env = {}, label = args.join(' ') } = {}) {
  const t = Date.now();
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) throw new Error(`${label} failed (exit ${status})`);
  return Date.now() - t;
}

/** Starts `node <args>` and resolves once `readyUrl` answers 2xx. */
export async function startNode(name, args, { env = {}, readyUrl, timeoutMs = 60_000 }) {
  // never measure a server we did not start
  if (await fetch(readyUrl).then(() => true, () => false)) throw new Error(`${name}: something already answers ${readyUrl}; free the port or set BENCH_PORT_BASE`);
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  started.add(child);
  child.on('exit', () => started.delete(child));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited early:\n${log}`);
    try {
      const res = await fetch(readyUrl);
      if (res.ok) return { name, pid: child.pid, stop: () => stop(child) };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop(child);
  throw new Error(`${name} did not answer ${readyUrl} within ${timeoutMs} ms:\n${log}`);
}

function stop(child) {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  started.delete(child);
}

/** Stops every server this process started (by pid). */
export function stopAll() {
  for (const child of [...started]) stop(child);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** A minimal static file server (the chart bench page). */
export function serveStatic(dir, port) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(dir, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => server.close(r)) }));
  });
}
