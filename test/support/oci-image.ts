/**
 * Pushes a small but real OCI image straight through a registry's v2 API: layer blobs and an image config per
 * platform, their manifests, and an index over them, the shape `docker buildx build --platform a,b` pushes. Layers
 * can be shared between images (a base layer two releases have in common) by passing the same bytes.
 */
import { createHash } from 'node:crypto';

export interface RegistryLogin {
  host: string;
  username: string;
  password: string;
}

export interface PushedImage {
  digest: string;
  /** Platform → its manifest's digest. */
  platforms: Record<string, string>;
  /** Every blob (configs and layers), each digest once, with its size. */
  blobs: { digest: string; size: number }[];
}

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export async function pushBlob(registry: RegistryLogin, repository: string, bytes: Buffer): Promise<string> {
  const digest = sha256(bytes);
  const headers = {
    Authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
  };
  const started = await fetch(`http://${registry.host}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers });
  if (started.status !== 202) throw new Error(`upload start answered ${started.status}`);
  const location = new URL(started.headers.get('location')!, `http://${registry.host}`);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: { ...headers, 'Content-Type': 'application/octet-stream' },
    body: bytes,
  });
  if (put.status !== 201) throw new Error(`blob upload answered ${put.status}: ${await put.text()}`);
  return digest;
}

export async function pushManifest(
  registry: RegistryLogin,
  repository: string,
  reference: string,
  body: string,
  mediaType: string,
): Promise<string> {
  const answer = await fetch(`http://${registry.host}/v2/${repository}/manifests/${reference}`, {
    method: 'PUT',
    headers: {
      Authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
      'Content-Type': mediaType,
    },
    body,
  });
  if (answer.status !== 201) throw new Error(`manifest put answered ${answer.status}: ${await answer.text()}`);
  return sha256(body);
}

/**
 * Pushes an index for `platforms` under `tag`. Each platform image has `sharedLayers` (the same bytes in every
 * platform, e.g. the app's code) after a layer of its own.
 */
export async function pushMultiPlatformImage(
  registry: RegistryLogin,
  repository: string,
  tag: string,
  options: { platforms: string[]; sharedLayers: Buffer[]; seed: string },
): Promise<PushedImage> {
  const blobs = new Map<string, number>();
  const put = async (bytes: Buffer) => {
    const digest = await pushBlob(registry, repository, bytes);
    blobs.set(digest, bytes.length);
    return { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest, size: bytes.length };
  };
  const platforms: Record<string, string> = {};
  const entries = [];
  for (const platform of options.platforms) {
    const [os, architecture] = platform.split('/');
    const own = await put(Buffer.from(`${options.seed} ${platform} layer `.repeat(2000)));
    const shared = [];
    for (const layer of options.sharedLayers) shared.push(await put(layer));
    const config = Buffer.from(
      JSON.stringify({
        architecture,
        os,
        config: { Labels: { seed: options.seed } },
        rootfs: { type: 'layers', diff_ids: [own, ...shared].map((l) => l.digest) },
      }),
    );
    const configDigest = await pushBlob(registry, repository, config);
    blobs.set(configDigest, config.length);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: [own, ...shared],
    });
    const digest = await pushManifest(registry, repository, sha256(manifest), manifest, OCI_MANIFEST);
    platforms[platform] = digest;
    entries.push({
      mediaType: OCI_MANIFEST,
      digest,
      size: Buffer.byteLength(manifest),
      platform: { architecture, os },
    });
  }
  const index = JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries });
  const digest = await pushManifest(registry, repository, tag, index, OCI_INDEX);
  return { digest, platforms, blobs: [...blobs].map(([d, size]) => ({ digest: d, size })) };
}
