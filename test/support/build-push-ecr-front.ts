/**
 * ECR whose registry is on loopback: a small HTTP front that passes every AWS API call to moto and rewrites
 * moto's registry host (`<account>.dkr.ecr.<region>.amazonaws.com`, which nothing serves here) to a real
 * registry's host in the answers, as if ECR's GetAuthorizationToken named that registry as its proxy endpoint and
 * its repositories lived there. The action is pointed at the front (AWS_ENDPOINT_URL) and needs no `registry`
 * input: the token then goes exactly where the ECR answer says, which is the rule the action enforces.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { TEST_ACCOUNT, TEST_REGION, type Moto } from './moto.js';

export interface EcrFront {
  endpoint: string;
  /** moto's environment, with AWS_ENDPOINT_URL pointing at the front. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

export async function startEcrFront(moto: Moto, registryHost: string): Promise<EcrFront> {
  const motoHost = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com`;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => name !== 'host' && name !== 'content-length')) as Record<string, string>;
      const answer = await fetch(`${moto.endpoint}${req.url}`, { method: req.method, headers, body: body.length ? body : undefined });
      const text = (await answer.text()).replaceAll(`https://${motoHost}`, `http://${registryHost}`).replaceAll(motoHost, registryHost);
      const out: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)) out[name] = value;
      });
      res.writeHead(answer.status, out);
      res.end(text);
    })().catch((err: Error) => {
      res.writeHead(502);
      res.end(err.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    endpoint,
    env: { ...moto.env, AWS_ENDPOINT_URL: endpoint },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
