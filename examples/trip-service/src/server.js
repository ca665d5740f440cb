// trip-service: a plain Node HTTP server (no framework) with the endpoints a deploy checks.
//   GET /health  200 {"status":"ok","database":"ok","version":…} when `SELECT 1` answers within 2 s, else 503
//   GET /trips   the latest trips, as JSON
// Configuration: PORT (default 3000), DATABASE_URL, GIT_SHA (reported as the version).
import { createServer } from 'node:http';

import pg from 'pg';

const PORT = Number(process.env.PORT ?? 3000);
const VERSION = process.env.GIT_SHA || 'dev';
const HEALTH_TIMEOUT_MS = 2000;

// A small pool per task; an unreachable database fails the connect within the health check's budget.
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 5,
  connectionTimeoutMillis: HEALTH_TIMEOUT_MS,
});
// An idle client losing its connection (a database failover) must not crash the process.
pool.on('error', (error) => log({ level: 'error', msg: 'idle database client failed', error: error.message }));

function log(fields) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function checkDatabase() {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer to SELECT 1 within ${HEALTH_TIMEOUT_MS} ms`)),
      HEALTH_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([pool.query('SELECT 1'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function route(req, res) {
  const { pathname } = new URL(req.url, 'http://localhost');
  if (req.method === 'GET' && pathname === '/health') {
    try {
      await checkDatabase();
      return send(res, 200, { status: 'ok', database: 'ok', version: VERSION });
    } catch (error) {
      return send(res, 503, { status: 'degraded', database: error.message || String(error) });
    }
  }
  if (req.method === 'GET' && pathname === '/trips') {
    const { rows } = await pool.query('SELECT * FROM "Trip" ORDER BY "requestedAt" DESC LIMIT 100');
    return send(res, 200, rows);
  }
  return send(res, 404, { error: 'not found' });
}

const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    log({ method: req.method, path: req.url, status: res.statusCode, ms: Math.round(ms * 10) / 10 });
  });
  route(req, res).catch((error) => {
    log({ level: 'error', msg: 'request failed', path: req.url, error: error.message });
    if (!res.headersSent) send(res, 500, { error: 'internal error' });
  });
});

server.listen(PORT, () => log({ msg: 'listening', port: PORT, version: VERSION }));

// ECS sends SIGTERM, waits stopTimeout (30 s by default), then SIGKILL: finish in-flight requests, then close the pool.
let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log({ msg: 'shutting down', signal });
  server.close(() => pool.end().finally(() => process.exit(0)));
  server.closeIdleConnections?.();
  setTimeout(() => process.exit(1), 25_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
