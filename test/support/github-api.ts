/** A stand-in for GitHub's REST API on loopback: records the deployment calls an action makes, answers like GitHub. */
import { createServer } from 'node:http';

export interface GithubApi {
  url: string;
  calls: { method: string; url: string; body: Record<string, unknown> }[];
  /** "POST /repos/…/deployments staging", "POST …/statuses in_progress", … */
  summary(): string[];
  /** The states the deployment was set to, in order. */
  states(): string[];
  close(): Promise<void>;
}

export async function startGithubApi(): Promise<GithubApi> {
  const calls: GithubApi['calls'] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      calls.push({ method: req.method!, url: req.url!, body: body ? JSON.parse(body) : {} });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url!.endsWith('/deployments') ? { id: 77 } : { id: 1 }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    summary: () => calls.map((c) => `${c.method} ${c.url} ${c.body.state ?? c.body.environment}`),
    states: () => calls.filter((c) => c.url.endsWith('/statuses')).map((c) => String(c.body.state)),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
