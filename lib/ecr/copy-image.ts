/**
 * Copies an image from one ECR registry to another (the staging account's to production's) through the registry
 * API, the way crane or skopeo would, without a Docker engine: the manifest tree is read from the source; each blob
 * the destination lacks is streamed across (never to disk), or mounted when both repositories are in one registry;
 * child manifests go in by digest. The caller then tags the top manifest with its exact bytes (`copyTag`), so the
 * digest production deploys is the one staging tested.
 *
 * ECR has no cross-registry mount: between accounts the layers must move. Blobs the destination already holds (a
 * base image layer shared with an earlier release, a re-run) are not sent again.
 */
import { isIndex } from '../image/manifest.js';
import {
  type BlobDescriptor,
  finishBlobUpload,
  hasBlob,
  openBlob,
  putRegistryManifest,
  readRegistryManifest,
  type RegistryCredentials,
  RegistryError,
  type RegistryManifest,
  startBlobUpload,
} from '../image/registry-api.js';

/** An image as a registry holds it: its top manifest, the platform manifests an index lists, and every blob. */
export interface ImageTree {
  top: RegistryManifest;
  /** An index's manifests (platform images, attestations), in its order; empty for a single-platform image. */
  children: RegistryManifest[];
  /** Configs and layers of every image in the tree, each digest once. */
  blobs: BlobDescriptor[];
}

/** One repository of one registry, with the credentials for it. */
export interface RegistryRepository {
  credentials: RegistryCredentials;
  repository: string;
}

export type BlobCopyHow = 'present' | 'mounted' | 'copied';

export interface TreeCopy {
  blobs: (BlobDescriptor & { how: BlobCopyHow })[];
  /** Child manifests put by digest. */
  manifests: number;
}

interface ManifestJson {
  config?: { digest: string; size: number; urls?: string[] };
  layers?: { digest: string; size: number; urls?: string[] }[];
  manifests?: { digest: string }[];
}

/**
 * The blobs one image manifest needs: its config and layers. A layer with `urls` is a foreign layer (Windows base
 * images) that registries do not hold; it is not copied.
 */
export function manifestBlobs(manifest: string): BlobDescriptor[] {
  const parsed = JSON.parse(manifest) as ManifestJson;
  return [parsed.config, ...(parsed.layers ?? [])]
    .filter((blob): blob is NonNullable<ManifestJson['config']> => !!blob && !blob.urls?.length)
    .map(({ digest, size }) => ({ digest, size }));
}

/** The bytes a set of blobs weighs. */
export function blobBytes(blobs: readonly { size: number }[]): number {
  return blobs.reduce((sum, blob) => sum + blob.size, 0);
}

/** The digests an index lists, in its order (none for an image manifest). */
export function indexChildren(manifest: string): string[] {
  return ((JSON.parse(manifest) as ManifestJson).manifests ?? []).map((entry) => entry.digest);
}

/** Every distinct blob of the given image manifests, first occurrence first. */
export function treeBlobs(manifests: string[]): BlobDescriptor[] {
  const seen = new Map<string, BlobDescriptor>();
  for (const manifest of manifests)
    for (const blob of manifestBlobs(manifest)) if (!seen.has(blob.digest)) seen.set(blob.digest, blob);
  return [...seen.values()];
}

/** Reads an image's whole manifest tree; undefined when the tag or digest names nothing. */
export async function readImageTree(
  source: RegistryRepository,
  reference: string,
  signal?: AbortSignal,
): Promise<ImageTree | undefined> {
  const top = await readRegistryManifest(source.credentials, source.repository, reference, signal);
  if (!top) return undefined;
  if (!isIndex(top.mediaType)) return { top, children: [], blobs: treeBlobs([top.manifest]) };
  const children = await Promise.all(
    indexChildren(top.manifest).map(async (digest) => {
      const child = await readRegistryManifest(source.credentials, source.repository, digest, signal);
      if (!child)
        throw new Error(
          `${source.repository}:${reference} lists ${digest}, which ${source.credentials.registry} does not hold`,
        );
      return child;
    }),
  );
  return {
    top,
    children,
    blobs: treeBlobs(children.filter((child) => !isIndex(child.mediaType)).map((child) => child.manifest)),
  };
}

export interface CopyOptions {
  signal?: AbortSignal;
  /**
   * Both repositories are in one registry (named differently, perhaps), so blobs may be mounted. Default: same host.
   */
  sameRegistry?: boolean;
  /** Blobs moved at once (default 4). */
  concurrency?: number;
  /** Attempts per blob before the copy fails (default 3); a refusal (401/403) is not retried. */
  attempts?: number;
  onBlob?: (blob: BlobDescriptor & { how: BlobCopyHow }) => void;
}

/**
 * Puts everything the image needs into the destination repository, except its top manifest (which the caller
 * tags): blobs first, then child manifests, since a registry refuses a manifest whose blobs it lacks. The first
 * blob that fails stops the others: no layer keeps streaming across for a copy that has already failed.
 */
export async function copyImageTree(
  tree: ImageTree,
  from: RegistryRepository,
  to: RegistryRepository,
  options: CopyOptions = {},
): Promise<TreeCopy> {
  const sameRegistry = options.sameRegistry ?? from.credentials.registry === to.credentials.registry;
  const failed = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, failed.signal]) : failed.signal;
  const results: TreeCopy['blobs'] = [];
  const queue = [...tree.blobs];
  const worker = async () => {
    for (let blob = queue.shift(); blob && !signal.aborted; blob = queue.shift()) {
      try {
        const how = await withAttempts(options.attempts ?? 3, signal, () =>
          copyBlob(blob!, from, to, sameRegistry, signal),
        );
        const done = { ...blob, how };
        results.push(done);
        options.onBlob?.(done);
      } catch (err) {
        failed.abort(err);
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, Math.max(queue.length, 1)) }, worker));
  options.signal?.throwIfAborted();
  for (const child of tree.children)
    await putRegistryManifest(to.credentials, to.repository, child.digest, child, options.signal);
  results.sort(
    (a, b) => tree.blobs.findIndex((x) => x.digest === a.digest) - tree.blobs.findIndex((x) => x.digest === b.digest),
  );
  return { blobs: results, manifests: tree.children.length };
}

async function copyBlob(
  blob: BlobDescriptor,
  from: RegistryRepository,
  to: RegistryRepository,
  sameRegistry: boolean,
  signal?: AbortSignal,
): Promise<BlobCopyHow> {
  if (await hasBlob(to.credentials, to.repository, blob.digest, signal)) return 'present';
  const upload = await startBlobUpload(
    to.credentials,
    to.repository,
    blob.digest,
    sameRegistry ? from.repository : undefined,
    signal,
  );
  if (upload.mounted) return 'mounted';
  const body = await openBlob(from.credentials, from.repository, blob.digest, signal);
  await finishBlobUpload(to.credentials, upload.location, blob.digest, body, signal);
  return 'copied';
}

/** A dropped connection mid-layer is worth another go; a refusal, or a cancelled job, is not. */
async function withAttempts<T>(attempts: number, signal: AbortSignal | undefined, once: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await once();
    } catch (err) {
      const refused = err instanceof RegistryError && (err.denied || err.status === 404);
      if (refused || signal?.aborted || attempt >= attempts) throw err;
    }
  }
}
