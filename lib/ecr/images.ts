/** Images in an ECR repository, looked up by tag or digest with their exact manifest bytes. */
import { BatchGetImageCommand, type ECRClient, type ImageIdentifier } from '@aws-sdk/client-ecr';

import { MANIFEST_MEDIA_TYPES, manifestMediaType } from '../image/manifest.js';

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
export async function findImage(
  ecr: ECRClient,
  repository: RepositoryId,
  reference: string,
): Promise<EcrImage | undefined> {
  const found = await findImages(ecr, repository, [reference]);
  return found.get(reference);
}

/**
 * Looks several tags/digests up, one call each, in parallel: an answer for an image with several tags does not
 * reliably say which tag was asked for (moto names one of them), so pairing answers with questions by tag is unsafe.
 */
export async function findImages(
  ecr: ECRClient,
  repository: RepositoryId,
  references: string[],
): Promise<Map<string, EcrImage>> {
  const answers = await Promise.all(
    references.map(async (reference) => [reference, await lookUp(ecr, repository, reference)] as const),
  );
  return new Map(answers.filter((entry): entry is readonly [string, EcrImage] => entry[1] !== undefined));
}

/** Indexes must be listed as accepted media types, or ECR answers UnsupportedImageType for multi-platform images. */
async function lookUp(ecr: ECRClient, repository: RepositoryId, reference: string): Promise<EcrImage | undefined> {
  const answer = await ecr.send(
    new BatchGetImageCommand({
      ...repository,
      imageIds: [imageIdentifier(reference)],
      acceptedMediaTypes: MANIFEST_MEDIA_TYPES,
    }),
  );
  const image = answer.images?.[0];
  if (image?.imageManifest && image.imageId?.imageDigest) {
    return {
      digest: image.imageId.imageDigest,
      mediaType: manifestMediaType(image.imageManifest, image.imageManifestMediaType),
      manifest: image.imageManifest,
    };
  }
  // Failures other than "not found" (a wrong media type, a KMS problem) must not read as "no image".
  const failure = answer.failures?.find(
    (f) => f.failureCode !== 'ImageNotFound' && f.failureCode !== 'ImageTagDoesNotMatchDigest',
  );
  if (failure)
    throw new Error(
      `ECR could not read ${repository.repositoryName}:${reference}: ${failure.failureCode}: ${failure.failureReason}`,
    );
  return undefined;
}

/** registry/repository@sha256:…, the reference that pins exactly one image. */
export function pinnedRef(registry: string, repositoryName: string, digest: string): string {
  return `${registry}/${repositoryName}@${digest}`;
}
