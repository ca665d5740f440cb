/**
 * A registry served the way ECR serves one: manifests and uploads answered by the registry itself, but a blob
 * download redirected (307) to a pre-signed S3 URL on another origin. The S3 stand-in refuses any request that also
 * carries an Authorization header, as S3 does for a query-signed URL ("Only one auth mechanism allowed"), so a
 * client that forwards the registry token across the redirect fails here as it would against ECR.
 * Reads of a blob the registry lacks get ECR's 404. It counts blob downloads, so a test can tell a copy from a skip.
 */
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';

import type { Registry } from './registry.js';

export interface EcrBlobFront {
  /** host:port of the registry endpoint. */
  host: string;
  /** Blob digests served through the S3 stand-in, in order. */
  downloads: string[];
  /** Requests the S3 stand-in refused for carrying an Authorization header. */
  refusedWithAuthorization: number;
  stop(): Promise<void>;
}

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as { port: number }).port}`;
};

export async function startEcrBlobFront(registry: Registry): Promise<EcrBlobFront> {
  const [registryHostname, registryPort] = registry.host.split(':');
  const auth = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`;
  const front: EcrBlobFront = { host: '', downloads: [], refusedWithAuthorization: 0, stop: async () => undefined };

  const pass = (req: IncomingMessage, res: ServerResponse, path: string, headers: IncomingMessage['headers']) => {
    const out = request(
      { host: registryHostname, port: Number(registryPort), method: req.method, path, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502);
      res.end(err.message);
    });
    req.pipe(out);
  };

  const s3 = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://s3');
    if (req.headers.authorization) {
      front.refusedWithAuthorization += 1;
      res.writeHead(400, { 'content-type': 'application/xml' });
      res.end('<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>');
      return;
    }
    // A pre-signed URL is signed for one method: GET.
    if (!url.searchParams.get('X-Amz-Signature') || req.method !== 'GET') {
      res.writeHead(403);
      res.end();
      return;
    }
    const digest = url.pathname.split('/').pop()!;
    front.downloads.push(digest);
    // The stand-in reads the blob from the registry with its own credentials, as S3 holds ECR's layers.
    pass(req, res, `/v2${url.pathname.replace(/^\/layers/, '')}`, { host: registry.host, authorization: auth });
  });
  const s3Host = await listen(s3);

  const server = createServer(async (req, res) => {
    const blob = /^\/v2\/(.+)\/blobs\/(sha256:[a-f0-9]{64})$/.exec(req.url ?? '');
    if ((req.method === 'GET' || req.method === 'HEAD') && blob) {
      // ECR checks the token, then hands out a short-lived URL that needs none.
      if (req.headers.authorization !== auth) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="ecr"', 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            errors: [{ code: 'DENIED', message: 'Your authorization token has expired or is not valid' }],
          }),
        );
        return;
      }
      const held = await fetch(`http://${registry.host}/v2/${blob[1]}/blobs/${blob[2]}`, {
        method: 'HEAD',
        headers: { authorization: auth },
      });
      if (held.status === 404) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ code: 'BLOB_UNKNOWN', message: 'blob unknown to registry' }] }));
        return;
      }
      // HEAD is redirected too: the pre-signed URL is for GET, so a client must take the redirect as the answer.
      res.writeHead(307, {
        location: `http://${s3Host}/layers/${blob[1]}/blobs/${blob[2]}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=stand-in`,
      });
      res.end();
      return;
    }
    pass(req, res, req.url ?? '/', req.headers);
  });
  front.host = await listen(server);
  front.stop = async () => {
    for (const one of [server, s3]) {
      one.closeAllConnections();
      await new Promise<void>((resolve) => one.close(() => resolve()));
    }
  };
  return front;
}
