/** ECR repositories: whether one exists, how it treats tags, and creating it on request. */
import { CreateRepositoryCommand, DescribeRepositoriesCommand, type ECRClient } from '@aws-sdk/client-ecr';

import type { RepositoryId } from './images.js';

export type TagMutability = 'MUTABLE' | 'IMMUTABLE';

export interface EcrRepository {
  name: string;
  uri: string;
  tagMutability: TagMutability;
  scanOnPush: boolean;
}

/** The repository, or undefined when it does not exist. */
export async function describeRepository(ecr: ECRClient, repository: RepositoryId): Promise<EcrRepository | undefined> {
  try {
    const answer = await ecr.send(
      new DescribeRepositoriesCommand({
        repositoryNames: [repository.repositoryName],
        registryId: repository.registryId,
      }),
    );
    const found = answer.repositories?.[0];
    if (!found) return undefined;
    return {
      name: found.repositoryName ?? repository.repositoryName,
      uri: found.repositoryUri ?? '',
      // MUTABLE_WITH_EXCLUSION / IMMUTABLE_WITH_EXCLUSION: only the base rule matters for SHA tags.
      tagMutability: found.imageTagMutability?.startsWith('IMMUTABLE') ? 'IMMUTABLE' : 'MUTABLE',
      scanOnPush: found.imageScanningConfiguration?.scanOnPush ?? false,
    };
  } catch (err) {
    if ((err as Error).name === 'RepositoryNotFoundException') return undefined;
    throw err;
  }
}

export interface NewRepository {
  repositoryName: string;
  tagMutability: TagMutability;
  scanOnPush: boolean;
}

/** Creates a repository; one created meanwhile by a parallel job is fine and is described instead. */
export async function createRepository(ecr: ECRClient, request: NewRepository): Promise<EcrRepository> {
  try {
    const answer = await ecr.send(
      new CreateRepositoryCommand({
        repositoryName: request.repositoryName,
        imageTagMutability: request.tagMutability,
        imageScanningConfiguration: { scanOnPush: request.scanOnPush },
      }),
    );
    return {
      name: request.repositoryName,
      uri: answer.repository?.repositoryUri ?? '',
      tagMutability: request.tagMutability,
      scanOnPush: request.scanOnPush,
    };
  } catch (err) {
    if ((err as Error).name !== 'RepositoryAlreadyExistsException') throw err;
    const existing = await describeRepository(ecr, { repositoryName: request.repositoryName });
    if (!existing) throw err;
    return existing;
  }
}

/** ECR repository names: lower case, digits, and . _ - / separators, 2 to 256 characters. */
export function isValidRepositoryName(name: string): boolean {
  return (
    name.length >= 2 &&
    name.length <= 256 &&
    /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(name)
  );
}
