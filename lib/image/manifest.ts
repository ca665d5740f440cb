/** What a manifest says about itself: single image or index, and which platform image is which. */
import { createHash } from 'node:crypto';

/** Every manifest type a builder may push; asked for explicitly, or ECR down-converts or refuses indexes. */
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

const INDEX_TYPES = new Set(MANIFEST_MEDIA_TYPES.slice(0, 2));

interface ManifestJson {
  mediaType?: string;
  manifests?: {
    digest: string;
    mediaType?: string;
    platform?: { os?: string; architecture?: string; variant?: string };
    annotations?: Record<string, string>;
  }[];
}

/** The media type of manifest bytes: the declared field, else inferred from the shape (OCI allows leaving it out). */
export function manifestMediaType(manifest: string, declared?: string): string {
  if (declared) return declared;
  const parsed = JSON.parse(manifest) as ManifestJson;
  if (parsed.mediaType) return parsed.mediaType;
  return parsed.manifests ? MANIFEST_MEDIA_TYPES[0] : MANIFEST_MEDIA_TYPES[2];
}

export function isIndex(mediaType: string): boolean {
  return INDEX_TYPES.has(mediaType);
}

/** sha256 of the exact bytes: a registry's digest for a manifest. */
export function manifestDigest(manifest: string): string {
  return `sha256:${createHash('sha256').update(manifest, 'utf8').digest('hex')}`;
}

/**
 * Platform → digest for the images a manifest stands for. A single image maps its one platform (which the
 * manifest does not record, so the caller says it); an index lists its entries, minus attestation manifests
 * (platform unknown/unknown), which are not images anyone runs.
 */
export function platformDigests(manifest: string, digest: string, singlePlatform: string): Record<string, string> {
  const entries = indexEntries(manifest);
  return entries ? Object.fromEntries(entries) : { [singlePlatform]: digest };
}

/**
 * The platforms an index lists (os/architecture[/variant]); undefined for a single-platform manifest, which does not
 * say.
 */
export function manifestPlatforms(manifest: string): string[] | undefined {
  return indexEntries(manifest)?.map(([platform]) => platform);
}

function indexEntries(manifest: string): [string, string][] | undefined {
  const parsed = JSON.parse(manifest) as ManifestJson;
  if (!parsed.manifests) return undefined;
  const entries: [string, string][] = [];
  for (const entry of parsed.manifests) {
    const platform = entry.platform;
    if (
      !platform?.os ||
      platform.os === 'unknown' ||
      entry.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest'
    )
      continue;
    entries.push([[platform.os, platform.architecture, platform.variant].filter(Boolean).join('/'), entry.digest]);
  }
  return entries;
}
