/** Reads what exists now: the repository, the Dockerfile's stages, and the images the wanted tags name. */
import { existsSync, readFileSync } from 'node:fs';

import type { AwsClients } from '../../../lib/aws/clients.js';
import { ConfigurationError } from '../../../lib/core/errors.js';
import { readImageTree } from '../../../lib/ecr/copy-image.js';
import { findImages, type RepositoryId } from '../../../lib/ecr/images.js';
import { type EcrLogin, ecrLogin } from '../../../lib/ecr/login.js';
import { isSameRegistry } from '../../../lib/ecr/registry-host.js';
import { describeRepository } from '../../../lib/ecr/repositories.js';
import { parseStages } from '../../../lib/image/dockerfile.js';
import { RegistryError } from '../../../lib/image/registry-api.js';
import type { Inputs } from './inputs.js';
import { missingPlatforms, type Observed, type SourceImage, wantedTags } from './plan.js';

export interface Observation {
  observed: Observed;
  /** Registry credentials, only fetched when something will be pushed by a builder, or copied across registries. */
  login?: EcrLogin;
  /** The source registry's credentials, when `promote-from` names an image in another repository or registry. */
  sourceLogin?: EcrLogin;
}

export interface ObserveEnvironment {
  workDir: string;
  now: Date;
  env: NodeJS.ProcessEnv;
  /** Clients for another region (a source registry's); the run's own when the region is the same. */
  clientsFor: (region: string) => AwsClients;
  signal?: AbortSignal;
}

/** Only reads: no repository, tag or login is created here, so a bad plan leaves everything as it was. */
export async function observe(inputs: Inputs, clients: AwsClients, where: ObserveEnvironment): Promise<Observation> {
  const repositoryId: RepositoryId = { repositoryName: inputs.repository, registryId: inputs.registryId };
  const building = inputs.promoteFrom === undefined;
  const [repository, cacheRepository] = await Promise.all([
    describeRepository(clients.ecr, repositoryId),
    building && inputs.cache === 'registry'
      ? describeRepository(clients.ecr, { repositoryName: inputs.cacheRepository, registryId: inputs.registryId })
      : undefined,
  ]);
  // An image named in another registry or repository: what production holds is looked up by its digest and the tags.
  const across = inputs.promoteSource ? await observeSource(inputs, clients, where) : undefined;
  if (across) {
    const images = repository
      ? await findImages(clients.ecr, repositoryId, [...wantedTags(inputs).tags, across.source.tree.top.digest])
      : new Map();
    return {
      ...across.logins,
      observed: {
        tokenRegistry: across.logins.login.registry,
        repository,
        images,
        source: across.source,
        workDir: where.workDir,
        now: where.now,
      },
    };
  }
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
      stages:
        building && existsSync(inputs.dockerfile) ? parseStages(readFileSync(inputs.dockerfile, 'utf8')) : undefined,
      images,
      workDir: where.workDir,
      now: where.now,
      sourceUrl: GITHUB_SERVER_URL && GITHUB_REPOSITORY ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}` : undefined,
    },
  };
}

/**
 * For `promote-from` naming an image in full: tokens for both registries (the source's from its own region, for
 * its own account), then the source's manifest tree through its registry API. Undefined when the name turns out to
 * be `repository` itself in this registry: a plain promotion. Only reads.
 */
async function observeSource(
  inputs: Inputs,
  clients: AwsClients,
  where: ObserveEnvironment,
): Promise<{ logins: { login: EcrLogin; sourceLogin: EcrLogin }; source: SourceImage } | undefined> {
  const named = inputs.promoteSource!;
  const login = await ecrLogin(clients.ecr, inputs.registryId);
  const sourceLogin = await ecrLogin(where.clientsFor(named.registry.region).ecr, named.registry.accountId);
  const sameRegistry = isSameRegistry(sourceLogin.registry, login.registry);
  if (sameRegistry && named.repository === inputs.repository) return undefined;

  const image = `${named.registry.host}/${named.repository}`;
  let tree;
  try {
    tree = await readImageTree(
      { credentials: sourceLogin, repository: named.repository },
      inputs.promoteFrom!,
      where.signal,
    );
  } catch (err) {
    if (err instanceof RegistryError && err.denied) {
      throw ConfigurationError.value(
        'promote-from',
        inputs.promoteFrom!,
        `an image of ${image} this run may read (its registry answered ${err.status})`,
        `let this run's role pull from ${named.repository}: a repository policy in account ${named.registry.accountId} allowing ecr:BatchGetImage and ecr:GetDownloadUrlForLayer`,
      );
    }
    throw err;
  }
  if (!tree)
    throw ConfigurationError.value(
      'promote-from',
      inputs.promoteFrom!,
      `a tag or digest that exists in ${image}`,
      'promote the SHA your staging deploy used',
    );
  return {
    logins: { login, sourceLogin },
    source: {
      registry: sourceLogin.registry,
      repository: named.repository,
      reference: inputs.promoteFrom!,
      sameRegistry,
      tree,
    },
  };
}
