/**
 * Adds tags to an image that is already in ECR by sending its exact manifest bytes back under new tags:
 * no pull, no push, no layer moves, and the digest cannot change.
 */
import { type ECRClient, PutImageCommand } from '@aws-sdk/client-ecr';

import { type EcrImage, findImage, type RepositoryId } from './images.js';

/** What adding tags to an image would do, decided before any call. */
export interface TagCopyPlan {
  /** Tags that do not exist yet. */
  add: string[];
  /** Tags that already point at this exact image: success, nothing to send. */
  present: string[];
  /** Tags that point at another image, with that image's digest. */
  elsewhere: { tag: string; digest: string }[];
  /** Tags that may move in a mutable repository: `elsewhere` entries that are allowed to move. */
  move: string[];
}

/**
 * Sorts wanted tags by where they point now. In an immutable repository, or for tags the caller will not
 * move, a tag on another image is a conflict; `movable` lists tags that are allowed to move (like `latest`).
 */
export function planTagCopy(
  source: Pick<EcrImage, 'digest'>,
  current: Map<string, Pick<EcrImage, 'digest'>>,
  tags: string[],
  movable: string[] = [],
): TagCopyPlan {
  const plan: TagCopyPlan = { add: [], present: [], elsewhere: [], move: [] };
  for (const tag of tags) {
    const existing = current.get(tag);
    if (!existing) plan.add.push(tag);
    else if (existing.digest === source.digest) plan.present.push(tag);
    else if (movable.includes(tag)) plan.move.push(tag);
    else plan.elsewhere.push({ tag, digest: existing.digest });
  }
  return plan;
}

export type TagCopyOutcome = 'added' | 'already-present';

/**
 * Puts one tag on the image. When ECR says the tag exists (ImageAlreadyExists for these very bytes,
 * ImageTagAlreadyExists when an immutable tag is taken), the tag is looked up again: a concurrent run of the same
 * commit may have put it on this same image a moment ago, which is success; on another image it is a conflict.
 */
export async function copyTag(
  ecr: ECRClient,
  repository: RepositoryId,
  image: EcrImage,
  tag: string,
): Promise<TagCopyOutcome> {
  try {
    await ecr.send(
      new PutImageCommand({
        ...repository,
        imageTag: tag,
        imageManifest: image.manifest,
        imageManifestMediaType: image.mediaType,
        imageDigest: image.digest,
      }),
    );
    return 'added';
  } catch (err) {
    const name = (err as Error).name;
    if (name !== 'ImageAlreadyExistsException' && name !== 'ImageTagAlreadyExistsException') throw err;
    const now = await findImage(ecr, repository, tag);
    if (now?.digest === image.digest) return 'already-present';
    if (!now) throw err;
    throw new Error(
      `tag ${tag} in ${repository.repositoryName} already points at another image (${now.digest}) and the repository's tags are immutable`,
    );
  }
}
