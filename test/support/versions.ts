/**
 * A stand-in for one version of a service on loopback: it answers like a small API (`/health`, anything else
 * echoes), counts requests, and its behaviour can be switched while it runs: healthy, 500s, slow by N ms, or
 * hanging (accepts and never answers). Stopped by the test that started it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** `version`: what the server reports as its version (its name by default), as a release reports its commit. */
export type VersionBehaviour = (
  { mode: 'healthy' } | { mode: 'error'; status?: number } | { mode: 'slow'; delayMs: number } | { mode: 'hang' }
) & { version?: string };

export interface VersionServer {
  name: string;
  url: string;
  /** Requests received since start (or the last `resetCount`), hanging ones included. */
  readonly requests: number;
  /** Requests per path. */
  readonly byPath: Record<string, number>;
  setBehaviour(behaviour: VersionBehaviour): void;
  resetCount(): void;
  stop(): Promise<void>;
}

/** Starts a version server on a free loopback port. */
export async function startVersion(
  name: string,
  behaviour: VersionBehaviour = { mode: 'healthy' },
): Promise<VersionServer> {
  const base = name;
  let current = behaviour;
  let requests = 0;
  let byPath: Record<string, number> = {};
  const hanging = new Set<ServerResponse>();
  const answer = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const path = (req.url ?? '/').split('?')[0];
    const name = current.version ?? base;
    const payload =
      path === '/health'
        ? { status: 'ok', version: name }
        : { version: name, method: req.method, path, body: echo(body) };
    res.writeHead(200, { 'content-type': 'application/json', 'x-version': name });
    res.end(JSON.stringify(payload));
  };
  const server: Server = createServer((req, res) => {
    requests++;
    const path = (req.url ?? '/').split('?')[0];
    byPath[path] = (byPath[path] ?? 0) + 1;
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const now = current;
      if (now.mode === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (now.mode === 'error') {
        res.writeHead(now.status ?? 500, { 'content-type': 'application/json', 'x-version': now.version ?? name });
        res.end(JSON.stringify({ error: 'internal error', version: now.version ?? name }));
        return;
      }
      if (now.mode === 'slow') {
        const timer = setTimeout(() => answer(req, res, body), now.delayMs);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    get byPath() {
      return { ...byPath };
    },
    setBehaviour: (next) => void (current = next),
    resetCount: () => {
      requests = 0;
      byPath = {};
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// A JSON request body is echoed as JSON, anything else as text.
function echo(body: string): unknown {
  if (body === '') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
