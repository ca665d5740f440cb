/** Images in an ECR repository, looked up by tag or digest with their exact manifest bytes. */
import { BatchGetImageCommand, type ECRClient, type ImageIdentifier } from '@aws-sdk/client-ecr';
import { MANIFEST_MEDIA_TYPES, manifestMediaType } from '../build/manifest.js';

/** A repository, optionally in another account's registry. */
export interface RepositoryId {
  repositoryName: string;
  registryId?: string;
}

/** One image as ECR stores it: the manifest bytes are what a copy must send back unchanged. */
export interface EcrImage {
  digest: string;
  mediaType: string;
  manifest: string;
}

/** `sha256:…` is a digest; anything else is a tag. */
export function imageIdentifier(reference: string): ImageIdentifier {
  return /^sha256:[a-f0-9]{64}$/.test(reference) ? { imageDigest: reference } : { imageTag: reference };
}

/** The image a tag or digest names, or undefined when there is none; a missing repository throws. */
export async function findImage(ecr: ECRClient, repository: RepositoryId, reference: string): Promise<EcrImage | undefined> {
  const found = await findImages(ecr, repository, [reference]);
  return found.get(reference);
}

/**
 * Looks several tags/digests up in one call (ECR takes up to 100). Indexes must be listed as accepted
 * media types or ECR answers UnsupportedImageType for multi-platform images.
 */
export async function findImages(ecr: ECRClient, repository: RepositoryId, references: string[]): Promise<Map<string, EcrImage>> {
  const found = new Map<string, EcrImage>();
  for (let start = 0; start < references.length; start += 100) {
    const batch = references.slice(start, start + 100);
    const answer = await ecr.send(
      new BatchGetImageCommand({ ...repository, imageIds: batch.map(imageIdentifier), acceptedMediaTypes: MANIFEST_MEDIA_TYPES }),
    );
    for (const image of answer.images ?? []) {
      if (!image.imageManifest || !image.imageId?.imageDigest) continue;
      const record = {
        digest: image.imageId.imageDigest,
        mediaType: manifestMediaType(image.imageManifest, image.imageManifestMediaType),
        manifest: image.imageManifest,
      };
      for (const reference of batch) {
        if (reference === image.imageId.imageTag || reference === image.imageId.imageDigest) found.set(reference, record);
      }
    }
    // Failures other than "not found" (a wrong media type, a KMS problem) must not read as "no image".
    const failure = answer.failures?.find((f) => f.failureCode !== 'ImageNotFound' && f.failureCode !== 'ImageTagDoesNotMatchDigest');
    if (failure) throw new Error(`ECR could not read ${repository.repositoryName}: ${failure.failureCode}: ${failure.failureReason}`);
  }
  return found;
}

/** registry/repository@sha256:…, the reference that pins exactly one image. */
export function pinnedRef(registry: string, repositoryName: string, digest: string): string {
  return `${registry}/${repositoryName}@${digest}`;
}
