/**
 * ECR as one host on loopback, the way the action meets it: the AWS API (moto) and the registry behind it
 * (docker-registry) under one address. A small HTTP front
 * - passes AWS API calls to moto and, in ECR's answers, rewrites moto's registry host
 * (`<account>.dkr.ecr.<region>.amazonaws.com`,
 *     which nothing serves here) to its own, so GetAuthorizationToken's proxy endpoint and repository URIs name
 *     it; the action needs no `registry` input and sends the token where ECR's answer says;
 *   - passes `/v2/` registry traffic to docker-registry, and keeps the two in step as ECR is one service: a
 *     manifest pushed under a tag is recorded in moto (PutImage), a PutImage is written to the registry, and in an
 *     IMMUTABLE repository a push of a tag that names another image is refused with ECR's TAG_INVALID error.
 * Other accounts' registries (a staging account's, for a promotion across accounts) are registries of their own:
 * `otherRegistries` maps an account id to the host standing in for it, and ECR's answers name that host.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';

import { BatchGetImageCommand, DescribeRepositoriesCommand, ECRClient, PutImageCommand } from '@aws-sdk/client-ecr';

import { type Moto, TEST_ACCOUNT, TEST_REGION } from './moto.js';
import type { Registry } from './registry.js';

export interface EcrFront {
  /** host:port of the front: the registry host ECR's answers name. */
  host: string;
  /** moto's environment, with AWS_ENDPOINT_URL pointing at the front. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const PUT_IMAGE = 'AmazonEC2ContainerRegistry_V20150921.PutImage';
const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

export async function startEcrFront(
  moto: Moto,
  registry: Registry,
  otherRegistries: Record<string, string> = {},
): Promise<EcrFront> {
  const motoHost = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com`;
  const [registryHostname, registryPort] = registry.host.split(':');
  const auth = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`;
  const ecr = new ECRClient({
    region: TEST_REGION,
    endpoint: moto.endpoint,
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  let host = '';
  // Tag pushes are checked and recorded one at a time, so two racing pushes of one tag cannot both pass the check.
  let tagLock: Promise<unknown> = Promise.resolve();

  /** Streams a request to docker-registry; the Host header is kept, so upload locations point back at the front. */
  function toRegistry(
    req: IncomingMessage,
    res: ServerResponse,
    body?: Buffer,
  ): Promise<{ status: number; headers: IncomingMessage['headers'] }> {
    return new Promise((resolve, reject) => {
      const out = request(
        { host: registryHostname, port: Number(registryPort), method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers }));
        },
      );
      out.on('error', reject);
      if (body) out.end(body);
      else req.pipe(out);
    });
  }

  async function pushTag(
    req: IncomingMessage,
    res: ServerResponse,
    repositoryName: string,
    tag: string,
  ): Promise<void> {
    const body = await readBody(req);
    const mediaType = String(req.headers['content-type'] ?? '').split(';')[0];
    const repository = (await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [repositoryName] })))
      .repositories?.[0];
    const existing = (
      await ecr.send(
        new BatchGetImageCommand({ repositoryName, imageIds: [{ imageTag: tag }], acceptedMediaTypes: MANIFEST_TYPES }),
      )
    ).images?.[0];
    if (existing && repository?.imageTagMutability === 'IMMUTABLE') {
      if (existing.imageId?.imageDigest !== `sha256:${createHash('sha256').update(body).digest('hex')}`) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            errors: [
              {
                code: 'TAG_INVALID',
                message: `The image tag '${tag}' already exists in the '${repositoryName}' repository and cannot be overwritten because the repository is immutable.`,
              },
            ],
          }),
        );
        return;
      }
    }
    const answer = await toRegistry(req, res, body);
    const digest = answer.headers['docker-content-digest'];
    if (answer.status === 201 && typeof digest === 'string' && existing?.imageId?.imageDigest !== digest) {
      await ecr.send(
        new PutImageCommand({
          repositoryName,
          imageTag: tag,
          imageManifest: body.toString('utf8'),
          imageManifestMediaType: mediaType,
          imageDigest: digest,
        }),
      );
    }
  }

  async function toMoto(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([name]) => name !== 'host' && name !== 'content-length'),
    ) as Record<string, string>;
    const answer = await fetch(`${moto.endpoint}${req.url}`, {
      method: req.method,
      headers,
      body: body.length ? body : undefined,
    });
    const target = String(req.headers['x-amz-target'] ?? '');
    let text = await answer.text();
    // Only ECR's answers name the registry; other services' (a task definition's image) pass unchanged.
    if (target.startsWith('AmazonEC2ContainerRegistry')) {
      text = text.replaceAll(`https://${motoHost}`, `http://${host}`).replaceAll(motoHost, host);
      for (const [account, other] of Object.entries(otherRegistries)) {
        const named = `${account}.dkr.ecr.${TEST_REGION}.amazonaws.com`;
        text = text.replaceAll(`https://${named}`, `http://${other}`).replaceAll(named, other);
      }
    }
    if (answer.ok && target === PUT_IMAGE) {
      // A tag added through the API is in the registry too, as in ECR.
      const put = JSON.parse(body.toString('utf8')) as {
        repositoryName: string;
        imageTag?: string;
        imageManifest: string;
        imageManifestMediaType?: string;
      };
      if (put.imageTag) {
        const mirrored = await fetch(`http://${registry.host}/v2/${put.repositoryName}/manifests/${put.imageTag}`, {
          method: 'PUT',
          headers: { Authorization: auth, 'content-type': put.imageManifestMediaType ?? MANIFEST_TYPES[2] },
          body: put.imageManifest,
        });
        if (!mirrored.ok)
          throw new Error(
            `the registry refused the manifest PutImage sent: ${mirrored.status} ${await mirrored.text()}`,
          );
      }
    }
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)) out[name] = value;
    });
    res.writeHead(answer.status, out);
    res.end(text);
  }

  const server: Server = createServer((req, res) => {
    const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(req.url ?? '');
    let handled: Promise<unknown>;
    if (req.method === 'PUT' && manifest && !manifest[2].startsWith('sha256:')) {
      handled = tagLock.then(() => pushTag(req, res, manifest[1], manifest[2]));
      tagLock = handled.catch(() => undefined);
    } else if (req.url?.startsWith('/v2/')) {
      handled = toRegistry(req, res);
    } else {
      handled = toMoto(req, res);
    }
    handled.catch((err: Error) => {
      if (!res.headersSent) res.writeHead(502);
      res.end(err.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    host,
    env: { ...moto.env, AWS_ENDPOINT_URL: `http://${host}` },
    stop: () =>
      new Promise<void>((resolve) => {
        ecr.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
