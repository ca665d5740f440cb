/** Reads what exists now: the repository, the Dockerfile's stages, and the images the wanted tags name. */
import { existsSync, readFileSync } from 'node:fs';
import type { AwsClients } from '../../../lib/aws/clients.js';
import { parseStages } from '../../../lib/build/dockerfile.js';
import { findImages, type RepositoryId } from '../../../lib/ecr/images.js';
import { ecrLogin, type EcrLogin } from '../../../lib/ecr/login.js';
import { describeRepository } from '../../../lib/ecr/repositories.js';
import type { Inputs } from './inputs.js';
import { missingPlatforms, wantedTags, type Observed } from './plan.js';

export interface Observation {
  observed: Observed;
  /** Registry credentials, only fetched when something will be pushed by a builder. */
  login?: EcrLogin;
}

export interface ObserveEnvironment {
  workDir: string;
  now: Date;
  env: NodeJS.ProcessEnv;
}

/** Only reads: no repository, tag or login is created here, so a bad plan leaves everything as it was. */
export async function observe(inputs: Inputs, clients: AwsClients, where: ObserveEnvironment): Promise<Observation> {
  const repositoryId: RepositoryId = { repositoryName: inputs.repository, registryId: inputs.registryId };
  const building = inputs.promoteFrom === undefined;
  const [repository, cacheRepository] = await Promise.all([
    describeRepository(clients.ecr, repositoryId),
    building && inputs.cache === 'registry' ? describeRepository(clients.ecr, { repositoryName: inputs.cacheRepository, registryId: inputs.registryId }) : undefined,
  ]);
  const lookups = [...wantedTags(inputs).tags, ...(inputs.promoteFrom ? [inputs.promoteFrom] : [])];
  const images = repository ? await findImages(clients.ecr, repositoryId, lookups) : new Map();

  // A promotion or a reuse pushes nothing through a builder, so it needs no registry password; a SHA image that
  // lacks requested platforms in a mutable repository is rebuilt, so that needs one too.
  const existing = building ? images.get(lookups[0]) : undefined;
  const mutable = (repository?.tagMutability ?? inputs.tagMutability) === 'MUTABLE';
  const needsBuilder = building && (!existing || (mutable && missingPlatforms(existing, inputs.platforms).length > 0));
  const login = needsBuilder ? await ecrLogin(clients.ecr, inputs.registryId) : undefined;

  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY } = where.env;
  return {
    login,
    observed: {
      tokenRegistry: login?.registry,
      repository,
      cacheRepository,
      stages: building && existsSync(inputs.dockerfile) ? parseStages(readFileSync(inputs.dockerfile, 'utf8')) : undefined,
      images,
      workDir: where.workDir,
      now: where.now,
      sourceUrl: GITHUB_SERVER_URL && GITHUB_REPOSITORY ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}` : undefined,
    },
  };
}
