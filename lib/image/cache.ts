/** Build cache presets, as the flags each builder needs. */
import type { BuilderKind } from './builder-command.js';

export const CACHE_PRESETS = ['gha', 'registry', 'none'] as const;
export type CachePreset = (typeof CACHE_PRESETS)[number];

export interface CacheRequest {
  preset: CachePreset;
  builder: BuilderKind;
  /** The GitHub Actions cache scope: one per image, so two services never evict each other's layers. */
  scope: string;
  /** registry/repository of the registry cache (no tag). */
  cacheRepository: string;
  /** False on pull requests and other branches: they read the cache but never overwrite the default branch's. */
  write: boolean;
}

export interface CacheFlags {
  from: string[];
  to?: string;
}

/** The tag buildx keeps its registry cache under (buildah names its cache images itself). */
export const REGISTRY_CACHE_TAG = 'buildcache';

/** The `--cache-from` / `--cache-to` values for a preset; no flags at all for `none`. */
export function cacheFlags(request: CacheRequest): CacheFlags {
  const { preset, builder, scope, cacheRepository, write } = request;
  if (preset === 'none') return { from: [] };
  if (builder !== 'buildx') {
    // buildah and podman take a bare repository and store one image per layer in it; gha is buildx-only
    // (inputs reject that combination before we get here).
    return { from: [cacheRepository], to: write ? cacheRepository : undefined };
  }
  if (preset === 'gha') {
    return { from: [`type=gha,scope=${scope}`], to: write ? `type=gha,scope=${scope},mode=max` : undefined };
  }
  // ECR rejects buildx's default cache manifest list: it needs the cache as an OCI image manifest.
  const ref = `${cacheRepository}:${REGISTRY_CACHE_TAG}`;
  return {
    from: [`type=registry,ref=${ref}`],
    to: write ? `type=registry,ref=${ref},mode=max,image-manifest=true,oci-mediatypes=true` : undefined,
  };
}
