/**
 * Reads a manifest straight from a registry's v2 API with basic auth (ECR accepts its authorization token
 * this way), so outputs report what the registry holds rather than what a builder printed.
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

/** The manifest a tag or digest points at; undefined on 404. */
export async function readRegistryManifest(credentials: RegistryCredentials, repository: string, reference: string): Promise<RegistryManifest | undefined> {
  const url = `${registryBaseUrl(credentials.registry)}/v2/${repository}/manifests/${reference}`;
  const response = await fetch(url, {
    headers: {
      Accept: MANIFEST_MEDIA_TYPES.join(', '),
      Authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
    },
  });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`registry ${credentials.registry} answered ${response.status} for ${repository}:${reference}`);
  const manifest = await response.text();
  const contentType = response.headers.get('content-type') ?? undefined;
  return {
    digest: response.headers.get('docker-content-digest') ?? manifestDigest(manifest),
    mediaType: manifestMediaType(manifest, contentType?.split(';')[0]),
    manifest,
  };
}
