/**
 * Failures in a copy across registries. One that fails on one blob stops the others at once: no layer keeps streaming
 * into
 * production for a promotion that has already failed (the action would otherwise report the failure while the
 * runner kept moving gigabytes); a refusal is not retried, a dropped download is. One loopback server plays both
 * registries; nothing is mocked.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';

import { copyImageTree, type ImageTree } from '../../lib/ecr/copy-image.js';
import { RegistryError } from '../../lib/image/registry-api.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
const REFUSED = digest('a');
const SLOW = digest('b');
const LATER = digest('c');
const FLAKY = digest('d');
const LAYER = Buffer.alloc(64 * 1024, 7);

let server: Server;
let host: string;
let slowDownload: ServerResponse | undefined;
let slowClosed: Promise<void>;
const requests: string[] = [];

beforeAll(async () => {
  let closed: () => void;
  slowClosed = new Promise((resolve) => (closed = resolve));
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (req.method === 'HEAD') return void res.writeHead(404).end();
    if (req.method === 'POST')
      return void res
        .writeHead(202, {
          location:
            req.url === '/v2/flaky/blobs/uploads/' ? '/v2/prod/blobs/uploads/flaky' : '/v2/prod/blobs/uploads/1',
        })
        .end();
    // The upload takes what it is sent and answers when it has it all, which for the slow layer is never.
    if (req.method === 'PATCH' && req.url === '/v2/prod/blobs/uploads/flaky') {
      let received = 0;
      req.on('data', (chunk: Buffer) => (received += chunk.length));
      req.on(
        'end',
        () =>
          void res.writeHead(received === LAYER.length ? 202 : 400, { location: '/v2/prod/blobs/uploads/flaky' }).end(),
      );
      return;
    }
    if (req.method === 'PATCH') return void req.resume();
    if (req.method === 'PUT' && req.url === `/v2/prod/blobs/uploads/flaky?digest=${encodeURIComponent(FLAKY)}`)
      return void res.writeHead(201).end();
    if (req.url === `/v2/staging/blobs/${FLAKY}`) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(LAYER.length) });
      // The first download drops halfway, as a connection reset does; the next one is whole.
      if (requests.filter((r) => r === `GET ${req.url}`).length === 1)
        return void res.write(LAYER.subarray(0, 1000), () => res.destroy());
      return void res.end(LAYER);
    }
    if (req.url === `/v2/staging/blobs/${REFUSED}`)
      return void res.writeHead(403, { 'content-type': 'application/json' }).end('{"errors":[{"code":"DENIED"}]}');
    if (req.url === `/v2/staging/blobs/${SLOW}`) {
      // A large layer: headers and a first chunk, then nothing until the client goes away.
      slowDownload = res;
      res.on('close', () => closed());
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return void res.write(Buffer.alloc(1024));
    }
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('a blob the source refuses fails the copy, and the layer still streaming is cut off, the queued one never started', async () => {
  const tree: ImageTree = {
    top: { digest: digest('f'), mediaType: 'application/vnd.oci.image.manifest.v1+json', manifest: '{}' },
    children: [],
    blobs: [
      { digest: SLOW, size: 1 << 30 },
      { digest: REFUSED, size: 10 },
      { digest: LATER, size: 10 },
    ],
  };
  const credentials = { registry: host, username: 'AWS', password: 'pa55word' };
  const copy = copyImageTree(
    tree,
    { credentials, repository: 'staging' },
    { credentials, repository: 'prod' },
    { sameRegistry: false, concurrency: 2 },
  );

  await expect(copy).rejects.toThrow(RegistryError);
  await expect(copy).rejects.toThrow(`registry ${host} answered 403 to a read of ${REFUSED} from staging: DENIED`);
  let timer: NodeJS.Timeout | undefined;
  const cutOff = await Promise.race([
    slowClosed.then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 2000))),
  ]);
  clearTimeout(timer);
  expect(slowDownload).toBeDefined();
  expect(cutOff).toBe(true);
  expect(requests.filter((r) => r.includes(LATER))).toEqual([]);
  // A refusal is an answer, not a dropped connection: asked once.
  expect(requests.filter((r) => r === `GET /v2/staging/blobs/${REFUSED}`)).toHaveLength(1);
});

test('a download that drops mid-layer is tried again, and the copy completes', async () => {
  const tree: ImageTree = {
    top: { digest: digest('e'), mediaType: 'application/vnd.oci.image.manifest.v1+json', manifest: '{}' },
    children: [],
    blobs: [{ digest: FLAKY, size: LAYER.length }],
  };
  const credentials = { registry: host, username: 'AWS', password: 'pa55word' };
  const copied = await copyImageTree(
    tree,
    { credentials, repository: 'staging' },
    { credentials, repository: 'flaky' },
    { sameRegistry: false },
  );
  expect(copied.blobs).toEqual([{ digest: FLAKY, size: LAYER.length, how: 'copied' }]);
  expect(requests.filter((r) => r === `GET /v2/staging/blobs/${FLAKY}`)).toHaveLength(2);
});
