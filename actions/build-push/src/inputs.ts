/** Everything the action reads from its inputs and the run's environment, checked once, up front. */
import { resolveRegion } from '../../../lib/aws/clients.js';
import { ConfigurationError } from '../../../lib/core/errors.js';
import { InputReader } from '../../../lib/core/inputs.js';
import type { ActionIO } from '../../../lib/core/io.js';
import {
  ECR_IMAGE_NAME_FORM,
  ECR_REGISTRY_FORMS,
  type EcrRegistryHost,
  parseEcrImageName,
  parseEcrRegistryHost,
} from '../../../lib/ecr/registry-host.js';
import { isValidRepositoryName, type TagMutability } from '../../../lib/ecr/repositories.js';
import { SEVERITIES, type Severity } from '../../../lib/ecr/scan.js';
import {
  ACCEPTED_PLATFORMS,
  type BuilderKind,
  BUILDERS,
  normalizePlatform,
} from '../../../lib/image/builder-command.js';
import { CACHE_PRESETS, type CachePreset } from '../../../lib/image/cache.js';
import { type GitEvent, readGitEvent, sourceRevision } from '../../../lib/image/tags.js';

export interface Inputs {
  awsRegion: string;
  repository: string;
  registryId?: string;
  /** Another name of the token's registry to push to (FIPS or dual-stack); only ECR registry hosts are accepted. */
  registry?: string;
  /** Promotion mode: the tag or digest of the image to add `tags` to, with no build at all. */
  promoteFrom?: string;
  /**
   * When `promote-from` names an image in full (`<registry>/<repository>:<tag>`): where it is. Another registry
   * (the staging account's) or another repository is copied across; `repository` itself is a plain promotion.
   */
  promoteSource?: { registry: EcrRegistryHost; repository: string };
  /** The commit the image is for (input `git-sha`). */
  sha: string;
  shortShaLength: number;
  tags: string[];
  context: string;
  dockerfile: string;
  /** Unset: `production` when the Dockerfile has it, else its last stage. */
  target?: string;
  platforms: string[];
  builder: BuilderKind;
  buildArgs: [string, string][];
  /** Build secret id → value; values are masked as soon as they are read. */
  secrets: [string, string][];
  secretFiles: [string, string][];
  labels: [string, string][];
  cache: CachePreset;
  cacheRepository: string;
  provenance: boolean;
  sbom: boolean;
  createRepository: boolean;
  scanOnPush: boolean;
  tagMutability: TagMutability;
  failOnSeverity?: Severity;
  scanTimeoutMs: number;
  event: GitEvent;
}

/** Inputs that only make sense when building; `promote-from` copies an existing image instead. */
const BUILD_ONLY = [
  'context',
  'dockerfile',
  'target',
  'platforms',
  'build-args',
  'secrets',
  'secret-files',
  'labels',
  'cache',
  'cache-repository',
  'provenance',
  'sbom',
];

const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9_.\-/]*$/;

/** Reads and checks every input; the first problem throws a ConfigurationError naming the input. */
export function readInputs(io: Pick<ActionIO, 'getInput' | 'setSecret'>, env: NodeJS.ProcessEnv = process.env): Inputs {
  const read = new InputReader(io);
  // Masked before anything else is checked: a malformed line may be a pasted token.
  const secretRules = { keyPattern: SECRET_ID, keyWord: 'a secret id of letters, digits and _ . -' };
  const secrets = read.secretKeyValues('secrets', secretRules);
  const secretFiles = read.secretKeyValues('secret-files', secretRules);
  const repository = read.required('repository', 'the ECR repository name, e.g. rides/user-service');
  // ECR's own name pattern allows dots, so a pasted repository URI would pass it: reject the host explicitly.
  if (!isValidRepositoryName(repository) || /\.amazonaws\.com(\.cn)?\//.test(repository)) {
    throw ConfigurationError.value(
      'repository',
      repository,
      'an ECR repository name: lower case letters, digits and . _ - / (no registry host)',
    );
  }
  const registryId = read.optional('registry-id');
  if (registryId !== undefined && !/^\d{12}$/.test(registryId))
    throw ConfigurationError.value('registry-id', registryId, 'a 12-digit AWS account id');

  const promoteInput = read.optional('promote-from');
  const { promoteFrom, promoteSource } = readPromoteFrom(promoteInput);
  if (promoteFrom !== undefined) {
    const conflicting = BUILD_ONLY.filter((name) => read.optional(name) !== undefined);
    if (conflicting.length) {
      throw new ConfigurationError(
        'promote-from',
        `cannot be combined with build inputs (${conflicting.map((n) => `\`${n}\``).join(', ')})`,
        'promotion copies an existing image; set only one of `promote-from` or the build inputs',
      );
    }
  }

  const event = readGitEvent(env);
  const sha = read.optional('git-sha') ?? sourceRevision(event);
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
    throw ConfigurationError.value(
      'git-sha',
      sha,
      'a full git commit SHA (40 hex characters)',
      'leave `git-sha` unset to use the commit of this run',
    );
  }
  const awsRegion = resolveRegion(read.optional('aws-region'), env);

  const builder = read.oneOf('builder', BUILDERS, 'buildx');
  const cache = read.oneOf('cache', CACHE_PRESETS, builder === 'buildx' ? 'gha' : 'none');
  if (cache === 'gha' && builder !== 'buildx') {
    throw ConfigurationError.value(
      'cache',
      cache,
      `registry or none with builder ${builder}`,
      'the GitHub Actions cache backend exists only in buildx',
    );
  }
  const provenance = read.boolean('provenance', false);
  const sbom = read.boolean('sbom', false);
  if ((provenance || sbom) && builder !== 'buildx') {
    throw new ConfigurationError(
      provenance ? 'provenance' : 'sbom',
      `needs builder buildx (got ${builder})`,
      'buildah and podman do not produce attestations',
    );
  }

  const context = read.string('context', '.');
  const failOn = read.oneOf('fail-on-severity', ['none', ...SEVERITIES.slice(0, 5)] as const, 'none');
  return {
    awsRegion,
    repository,
    registryId,
    registry: readRegistryHost(read, awsRegion, registryId),
    promoteFrom,
    promoteSource,
    sha,
    shortShaLength: read.integer('short-sha-length', 7, { min: 0, max: 39 }),
    tags: read.list('tags'),
    context,
    dockerfile: read.string('dockerfile', `${context.replace(/\/+$/, '')}/Dockerfile`),
    target: read.optional('target'),
    platforms: readPlatforms(read),
    builder,
    buildArgs: read.keyValues('build-args'),
    secrets,
    secretFiles,
    labels: read.keyValues('labels', LABEL_KEY, 'a label key like org.example.team'),
    cache,
    cacheRepository: read.string('cache-repository', `${repository}-cache`),
    provenance,
    sbom,
    createRepository: read.boolean('create-repository', false),
    scanOnPush: read.boolean('scan-on-push', true),
    tagMutability: read.oneOf('tag-mutability', ['IMMUTABLE', 'MUTABLE'] as const, 'IMMUTABLE'),
    failOnSeverity: failOn === 'none' ? undefined : failOn,
    scanTimeoutMs: read.duration('scan-timeout', '10m', { minMs: 10_000, maxMs: 3_600_000 }),
    event,
  };
}

/**
 * `promote-from` is a tag or digest in `repository`, or an image named in full in an ECR registry, e.g. the staging
 * account's. Only ECR hosts are accepted there: the host is only used to ask ECR for a token for that registry,
 * and the token goes where ECR's answer says.
 */
function readPromoteFrom(raw: string | undefined): Pick<Inputs, 'promoteFrom' | 'promoteSource'> {
  if (raw === undefined) return {};
  if (!raw.includes('/')) {
    if (/\s/.test(raw) || raw.includes('@'))
      throw ConfigurationError.value(
        'promote-from',
        raw,
        `a tag or sha256: digest in \`repository\`, or ${ECR_IMAGE_NAME_FORM}`,
      );
    return { promoteFrom: raw };
  }
  const named = parseEcrImageName(raw);
  if (!named) {
    throw ConfigurationError.value(
      'promote-from',
      raw,
      `a tag or sha256: digest in \`repository\`, or ${ECR_IMAGE_NAME_FORM}`,
      'only ECR registries can be promoted from; dual-stack and FIPS hosts work too',
    );
  }
  return { promoteFrom: named.reference, promoteSource: { registry: named.registry, repository: named.repository } };
}

function readPlatforms(read: InputReader): string[] {
  const platforms: string[] = [];
  for (const raw of read.list('platforms')) {
    const platform = normalizePlatform(raw);
    if (!platform)
      throw ConfigurationError.value(
        'platforms',
        raw,
        `one or more of ${ACCEPTED_PLATFORMS.join(', ')}`,
        'Fargate runs X86_64 and ARM64 Linux images',
      );
    if (!platforms.includes(platform)) platforms.push(platform);
  }
  return platforms.length ? platforms : ['linux/amd64'];
}

/**
 * The registry gets the ECR login token, so only ECR's own host names are accepted, and only in the region the
 * token comes from (and `registry-id`'s account); that it is the token's own registry is checked once the token is
 * read.
 */
function readRegistryHost(read: InputReader, awsRegion: string, registryId: string | undefined): string | undefined {
  const raw = read.optional('registry');
  if (raw === undefined) return undefined;
  const registry = parseEcrRegistryHost(raw);
  if (!registry)
    throw ConfigurationError.value(
      'registry',
      raw,
      `${ECR_REGISTRY_FORMS}; no scheme, port or path`,
      'the ECR login token is sent to this host, so nothing else is accepted',
    );
  if (registry.region !== awsRegion) {
    throw ConfigurationError.value(
      'registry',
      raw,
      `a registry in ${awsRegion}, the region of \`aws-region\` (the token is issued there)`,
      "set aws-region to the registry's region",
    );
  }
  if (registryId !== undefined && registry.accountId !== registryId) {
    throw ConfigurationError.value('registry', raw, `a registry of account ${registryId} (\`registry-id\`)`);
  }
  return registry.host;
}
