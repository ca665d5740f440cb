/**
 * A registry's v2 API with basic auth (ECR accepts its authorization token this way): manifests read back so
 * outputs report what the registry holds rather than what a builder printed, and the blob and manifest calls an
 * image copy between registries needs (ECR serves blobs by redirecting to S3; uploads are streamed, never
 * written to disk).
 */
import { MANIFEST_MEDIA_TYPES, manifestDigest, manifestMediaType } from './manifest.js';

export interface RegistryCredentials {
  registry: string;
  username: string;
  password: string;
}

export interface RegistryManifest {
  digest: string;
  mediaType: string;
  manifest: string;
}

/** Loopback registries speak plain HTTP, as Docker assumes for 127.0.0.0/8; every other registry HTTPS. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '');
  return host === 'localhost' || /^127\./.test(host) || host === '[::1]';
}

export function registryBaseUrl(registry: string): string {
  return `${isLoopbackRegistry(registry) ? 'http' : 'https'}://${registry}`;
}

/** A registry refused or failed a call; `status` tells "not allowed" (401/403) from the rest. */
export class RegistryError extends Error {
  constructor(
    readonly registry: string,
    readonly status: number,
    what: string,
    detail = '',
  ) {
    super(`registry ${registry} answered ${status} to ${what}${detail ? `: ${detail}` : ''}`);
    this.name = 'RegistryError';
  }

  get denied(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

function authorization(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

/** The registry's error codes (`{"errors":[{"code":…,"message":…}]}`), or the start of whatever it said. */
async function registryDetail(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const errors = (JSON.parse(text) as { errors?: { code?: string; message?: string }[] }).errors ?? [];
    if (errors.length) return errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
  } catch {
    // not JSON
  }
  return text.slice(0, 200);
}

/**
 * One call to the registry. The token goes only to the registry's own origin: a redirect elsewhere (ECR sends blob
 * downloads to a pre-signed S3 URL, which refuses a second authorization) is followed without it.
 */
async function registryFetch(
  credentials: RegistryCredentials,
  url: string,
  init: RequestInit & { duplex?: 'half' },
  signal?: AbortSignal,
): Promise<Response> {
  const origin = new URL(registryBaseUrl(credentials.registry)).origin;
  let target = new URL(url, origin);
  for (let hop = 0; hop < 5; hop += 1) {
    const headers = new Headers(init.headers);
    if (target.origin === origin) headers.set('Authorization', authorization(credentials));
    const response = await fetch(target, { ...init, headers, redirect: 'manual', signal });
    const location = response.headers.get('location');
    // Only reads follow; a HEAD is answered by the redirect itself (a pre-signed URL is signed for GET only).
    if (
      ![301, 302, 303, 307, 308].includes(response.status) ||
      !location ||
      (init.method !== undefined && init.method !== 'GET')
    )
      return response;
    await response.body?.cancel();
    target = new URL(location, target);
  }
  throw new Error(`registry ${credentials.registry} redirected more than 5 times for ${url}`);
}

/** The manifest a tag or digest points at; undefined on 404. */
export async function readRegistryManifest(
  credentials: RegistryCredentials,
  repository: string,
  reference: string,
  signal?: AbortSignal,
): Promise<RegistryManifest | undefined> {
  const url = `${registryBaseUrl(credentials.registry)}/v2/${repository}/manifests/${reference}`;
  const response = await registryFetch(
    credentials,
    url,
    { headers: { Accept: MANIFEST_MEDIA_TYPES.join(', ') } },
    signal,
  );
  if (response.status === 404) return undefined;
  if (!response.ok)
    throw new RegistryError(
      credentials.registry,
      response.status,
      `a read of ${repository}:${reference}`,
      await registryDetail(response),
    );
  const manifest = await response.text();
  const contentType = response.headers.get('content-type') ?? undefined;
  return {
    digest: response.headers.get('docker-content-digest') ?? manifestDigest(manifest),
    mediaType: manifestMediaType(manifest, contentType?.split(';')[0]),
    manifest,
  };
}

/** A blob (layer or image config) an image needs, as its manifest describes it. */
export interface BlobDescriptor {
  digest: string;
  size: number;
}

/** Whether the repository holds the blob (HEAD; a registry that redirects to the blob's storage holds it). */
export async function hasBlob(
  credentials: RegistryCredentials,
  repository: string,
  digest: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const response = await registryFetch(credentials, `/v2/${repository}/blobs/${digest}`, { method: 'HEAD' }, signal);
  if (response.status === 404) return false;
  if (response.ok || (response.status >= 300 && response.status < 400)) return true;
  throw new RegistryError(credentials.registry, response.status, `a check for ${digest} in ${repository}`);
}

/**
 * Starts an upload of `digest` into `repository`. With `mountFrom` (a repository of the same registry) the registry
 * may mount the blob it already holds instead (ECR does when blob mounting is on): then nothing is uploaded.
 */
export async function startBlobUpload(
  credentials: RegistryCredentials,
  repository: string,
  digest: string,
  mountFrom?: string,
  signal?: AbortSignal,
): Promise<{ mounted: true } | { mounted: false; location: string }> {
  const query = mountFrom ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}` : '';
  const response = await registryFetch(
    credentials,
    `/v2/${repository}/blobs/uploads/${query}`,
    { method: 'POST', headers: { 'Content-Length': '0' } },
    signal,
  );
  await response.body?.cancel();
  if (response.status === 201 && mountFrom) return { mounted: true };
  const location = response.headers.get('location');
  if (response.status !== 202 || !location)
    throw new RegistryError(credentials.registry, response.status, `the start of an upload to ${repository}`);
  return { mounted: false, location: new URL(location, registryBaseUrl(credentials.registry)).href };
}

/** Opens a blob for reading; the body is streamed, never buffered whole. */
export async function openBlob(
  credentials: RegistryCredentials,
  repository: string,
  digest: string,
  signal?: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  const response = await registryFetch(credentials, `/v2/${repository}/blobs/${digest}`, {}, signal);
  if (!response.ok || !response.body)
    throw new RegistryError(
      credentials.registry,
      response.status,
      `a read of ${digest} from ${repository}`,
      await registryDetail(response),
    );
  return response.body;
}

/**
 * Sends a blob's bytes to an upload started by `startBlobUpload` (one streamed PATCH, as docker push does) and
 * closes it with the digest, which the registry checks against the bytes it received.
 */
export async function finishBlobUpload(
  credentials: RegistryCredentials,
  location: string,
  digest: string,
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): Promise<void> {
  const patched = await registryFetch(
    credentials,
    location,
    { method: 'PATCH', headers: { 'Content-Type': 'application/octet-stream' }, body, duplex: 'half' },
    signal,
  );
  if (patched.status !== 202)
    throw new RegistryError(
      credentials.registry,
      patched.status,
      `the upload of ${digest}`,
      await registryDetail(patched),
    );
  await patched.body?.cancel();
  const next = new URL(patched.headers.get('location') ?? location, location);
  next.searchParams.set('digest', digest);
  const closed = await registryFetch(
    credentials,
    next.href,
    { method: 'PUT', headers: { 'Content-Length': '0' } },
    signal,
  );
  if (closed.status !== 201)
    throw new RegistryError(
      credentials.registry,
      closed.status,
      `the end of the upload of ${digest}`,
      await registryDetail(closed),
    );
  await closed.body?.cancel();
}

/** Puts manifest bytes under a digest or tag, unchanged (so the digest stays the same). */
export async function putRegistryManifest(
  credentials: RegistryCredentials,
  repository: string,
  reference: string,
  manifest: RegistryManifest,
  signal?: AbortSignal,
): Promise<void> {
  const response = await registryFetch(
    credentials,
    `/v2/${repository}/manifests/${reference}`,
    { method: 'PUT', headers: { 'Content-Type': manifest.mediaType }, body: manifest.manifest },
    signal,
  );
  if (response.status !== 201)
    throw new RegistryError(
      credentials.registry,
      response.status,
      `the manifest ${reference} for ${repository}`,
      await registryDetail(response),
    );
  await response.body?.cancel();
}
