/** Decides, from inputs and what ECR holds, whether to build, reuse or promote, and exactly what to run. Pure. */
import { join } from 'node:path';

import { ConfigurationError, PlanError } from '../../../lib/core/errors.js';
import type { AnnotationTarget } from '../../../lib/core/io.js';
import type { ImageTree } from '../../../lib/ecr/copy-image.js';
import type { EcrImage } from '../../../lib/ecr/images.js';
import { planTagCopy, type TagCopyPlan } from '../../../lib/ecr/promote.js';
import { isSameRegistry } from '../../../lib/ecr/registry-host.js';
import type { EcrRepository, NewRepository } from '../../../lib/ecr/repositories.js';
import type { Severity } from '../../../lib/ecr/scan.js';
import {
  buildCommands,
  type BuilderCommand,
  type BuildSecret,
  normalizePlatform,
} from '../../../lib/image/builder-command.js';
import { cacheFlags } from '../../../lib/image/cache.js';
import { describeStages, type DockerfileStage, findStage } from '../../../lib/image/dockerfile.js';
import { manifestPlatforms } from '../../../lib/image/manifest.js';
import { gitTagName, imageTags, isDefaultBranchPush } from '../../../lib/image/tags.js';
import type { Inputs } from './inputs.js';

/** What main read before deciding anything. */
export interface Observed {
  /** The registry ECR issued the login token for (its proxy endpoint's host); read whenever the action builds. */
  tokenRegistry?: string;
  repository?: EcrRepository;
  /** Only looked up for the registry cache preset. */
  cacheRepository?: EcrRepository;
  /** The Dockerfile's stages; undefined when the file is missing (or not needed, when promoting). */
  stages?: DockerfileStage[];
  /** What each wanted tag (and `promote-from`) names now. */
  images: Map<string, EcrImage>;
  /** A private directory for the builder's metadata and digest files. */
  workDir: string;
  now: Date;
  /** GITHUB_SERVER_URL/GITHUB_REPOSITORY, for the source label. */
  sourceUrl?: string;
  /** The image `promote-from` names in another repository or registry, read through its registry API. */
  source?: SourceImage;
}

/** An image to copy in from another repository or registry (the staging account's). */
export interface SourceImage {
  /** The registry ECR's token answer named for the source account (where its token is sent). */
  registry: string;
  repository: string;
  reference: string;
  /** Both repositories are in one registry: blobs can be mounted instead of copied. */
  sameRegistry: boolean;
  tree: ImageTree;
}

export interface BuildStep {
  kind: 'build';
  target?: string;
  commands: BuilderCommand[];
  /** Build secret id → the variable that carries its value to the builder. */
  secretEnv: [string, string][];
  metadataFile: string;
  digestFile: string;
  /**
   * In a mutable repository, the image the SHA tag named that lacked requested platforms, which this build replaces.
   */
  replaces?: { digest: string; platforms: string[] };
}

export interface CopyStep {
  /** reuse: this SHA was built before; promote: the caller named an image to add tags to. */
  kind: 'reuse' | 'promote';
  source: EcrImage;
  sourceReference: string;
  copy: TagCopyPlan;
  /** Promotion from another repository or registry: its blobs and manifests to bring in before tagging. */
  transfer?: SourceImage;
}

export interface Plan {
  /** Where images are pushed and the login token is sent: the token's registry, or another name of it. */
  registry: string;
  /** The repository's tags cannot be overwritten: a concurrent run's push of the same SHA wins the race. */
  immutable: boolean;
  repositoryName: string;
  /** Repositories to create first (the image's, and the registry cache's). */
  create: NewRepository[];
  tags: string[];
  renamedTags: [string, string][];
  step: BuildStep | CopyStep;
  scanGate?: { threshold: Severity; timeoutMs: number };
}

/** A target stage the Dockerfile does not have: an input error that also knows the line to annotate. */
export class TargetStageError extends ConfigurationError {
  constructor(
    message: string,
    hint: string,
    readonly annotation: AnnotationTarget,
  ) {
    super('target', message, hint);
  }
}

/** The tags this run wants, in order: SHA, short SHA, git tag, extras (or only `tags` when promoting). */
export function wantedTags(inputs: Inputs): { tags: string[]; renamed: [string, string][] } {
  const promoting = inputs.promoteFrom !== undefined;
  // When promoting, the run's commit is not a tag to add: the new tags are exactly `tags` (which may name the SHA).
  const computed = imageTags({
    sha: promoting ? undefined : inputs.sha,
    shortShaLength: promoting ? 0 : inputs.shortShaLength,
    gitTag: promoting ? undefined : gitTagName(inputs.event),
    extra: inputs.tags,
  });
  if (computed.rejected.length) {
    throw ConfigurationError.value(
      'tags',
      computed.rejected[0],
      'a tag of letters, digits and _ . - (other characters become -)',
    );
  }
  return { tags: computed.tags, renamed: computed.renamed };
}

export function planBuildPush(inputs: Inputs, observed: Observed): Plan {
  const { tags, renamed } = wantedTags(inputs);
  const registry = chooseRegistry(inputs, observed);
  const create = repositoriesToCreate(inputs, observed);
  const immutable = (observed.repository?.tagMutability ?? inputs.tagMutability) === 'IMMUTABLE';
  const base = { registry, immutable, repositoryName: inputs.repository, create, tags, renamedTags: renamed };
  const scanGate = inputs.failOnSeverity
    ? { threshold: inputs.failOnSeverity, timeoutMs: inputs.scanTimeoutMs }
    : undefined;

  if (inputs.promoteFrom !== undefined) {
    if (!tags.length)
      throw new ConfigurationError(
        'tags',
        'is required with `promote-from`: it names the tags to add',
        'e.g. tags: production',
      );
    if (observed.source)
      return { ...base, step: planTransfer(observed.source, observed.images, tags, inputs.repository), scanGate };
    const source = observed.images.get(inputs.promoteFrom);
    if (!source) {
      throw ConfigurationError.value(
        'promote-from',
        inputs.promoteFrom,
        `a tag or digest that exists in ${inputs.repository}`,
        'promote the SHA your staging deploy used',
      );
    }
    // Promotion never moves a tag: a production tag that already names another image is a decision for a person.
    const copy = planTagCopy(source, observed.images, tags);
    refuseConflicts(copy, inputs.repository);
    return { ...base, step: { kind: 'promote', source, sourceReference: inputs.promoteFrom, copy }, scanGate };
  }

  // The Dockerfile and target are checked even when the image exists, so a typo never waits for the next commit.
  const target = chooseTarget(inputs, observed.stages);
  const built = observed.images.get(tags[0]);
  let replaces: BuildStep['replaces'];
  if (built) {
    const missing = missingPlatforms(built, inputs.platforms);
    if (!missing.length || immutable)
      return { ...base, step: planReuse(inputs, tags, built, observed.images, immutable), scanGate };
    // A mutable SHA tag can move: build what was asked for. The old image keeps its digest (a deploy pinned to it
    // still pulls), but loses its tags; an "expire untagged images" lifecycle rule may then remove it.
    replaces = { digest: built.digest, platforms: imagePlatforms(built, inputs.platforms) };
  }

  if (immutable) {
    // The builder pushes every tag; one that already exists would fail the push after the SHA tag landed.
    const taken = tags.filter((tag) => observed.images.has(tag));
    if (taken.length)
      throw new PlanError(
        `tag ${taken.join(', ')} already exists in ${inputs.repository} and its tags are immutable; nothing was built`,
      );
  }
  return { ...base, step: { ...buildStep(inputs, observed, registry, tags, target), replaces }, scanGate };
}

/**
 * Promotion from another repository or registry: the same tag rules as a promotion in place, and the blobs come
 * across only when the destination does not hold these exact bytes yet (a re-run, or an earlier promotion under
 * other tags, needs only its tags).
 */
function planTransfer(from: SourceImage, images: Map<string, EcrImage>, tags: string[], repository: string): CopyStep {
  const { top } = from.tree;
  const source: EcrImage = { digest: top.digest, mediaType: top.mediaType, manifest: top.manifest };
  const copy = planTagCopy(source, images, tags);
  refuseConflicts(copy, repository);
  const separator = from.reference.startsWith('sha256:') ? '@' : ':';
  return {
    kind: 'promote',
    source,
    sourceReference: `${from.registry}/${from.repository}${separator}${from.reference}`,
    copy,
    transfer: images.has(top.digest) ? undefined : from,
  };
}

/**
 * Reuses the image the SHA tag names: checks it has every requested platform (an image lacking one would be
 * labelled with platforms it cannot run, and an immutable tag cannot be rebuilt), then plans the missing tags.
 * Also used when a concurrent run of the same SHA won the push race, with what ECR holds after it.
 */
export function planReuse(
  inputs: Inputs,
  tags: string[],
  image: EcrImage,
  images: Map<string, EcrImage>,
  immutable: boolean,
): CopyStep {
  const missing = missingPlatforms(image, inputs.platforms);
  if (missing.length) {
    const has = imagePlatforms(image, inputs.platforms);
    throw new PlanError(
      `\`platforms\` asks for ${inputs.platforms.join(', ')}, but ${inputs.repository}:${tags[0]} already exists with ${has.length ? has.join(', ') : 'no runnable platform'} only ` +
        `and the repository's tags are immutable, so it cannot be rebuilt; nothing was built or tagged (ask for the platforms it has, or build a new commit)`,
    );
  }
  const copy = planTagCopy(image, images, tags, immutable ? [] : tags);
  refuseConflicts(copy, inputs.repository);
  return { kind: 'reuse', source: image, sourceReference: tags[0], copy };
}

/**
 * The platforms an existing image has. An index lists them; a single-platform manifest does not record its
 * platform, so it is taken to be the first one asked for (reading the image config would need a layer download).
 */
function imagePlatforms(image: EcrImage, wanted: string[]): string[] {
  const listed = manifestPlatforms(image.manifest);
  return listed ? listed.map((platform) => normalizePlatform(platform) ?? platform) : [wanted[0]];
}

/** Requested platforms an existing image lacks. */
export function missingPlatforms(image: EcrImage, wanted: string[]): string[] {
  const has = imagePlatforms(image, wanted);
  return wanted.filter((platform) => !has.includes(platform));
}

/**
 * The login token goes to the registry ECR issued it for; `registry` may name that same registry differently
 * (FIPS, dual-stack) and nothing else. Checked before any repository is created, any login or any build.
 */
function chooseRegistry(inputs: Inputs, observed: Observed): string {
  const issued = observed.tokenRegistry ?? observed.repository?.uri.split('/')[0];
  if (inputs.registry === undefined) return issued ?? '';
  if (issued !== undefined && !isSameRegistry(inputs.registry, issued)) {
    throw ConfigurationError.value(
      'registry',
      inputs.registry,
      `another name of ${issued}, the registry ECR issued the login token for (same account and region)`,
      'set registry-id for a registry in another account',
    );
  }
  return inputs.registry;
}

function repositoriesToCreate(inputs: Inputs, observed: Observed): NewRepository[] {
  const create: NewRepository[] = [];
  const hint = `set create-repository: true, or create it first`;
  if (!observed.repository) {
    if (!inputs.createRepository)
      throw ConfigurationError.value(
        'repository',
        inputs.repository,
        `an existing ECR repository in ${inputs.awsRegion}`,
        hint,
      );
    // A promotion in place needs the image there; one from another registry may fill a new repository.
    if (inputs.promoteFrom !== undefined && !observed.source)
      throw ConfigurationError.value(
        'repository',
        inputs.repository,
        'an existing repository holding the image to promote',
      );
    create.push({
      repositoryName: inputs.repository,
      tagMutability: inputs.tagMutability,
      scanOnPush: inputs.scanOnPush,
    });
  }
  if (inputs.promoteFrom === undefined && inputs.cache === 'registry' && !observed.cacheRepository) {
    if (!inputs.createRepository)
      throw ConfigurationError.value(
        'cache-repository',
        inputs.cacheRepository,
        'an existing ECR repository for the registry cache',
        hint,
      );
    // The cache tag is rewritten on every default-branch build, so the cache repository must be mutable.
    create.push({ repositoryName: inputs.cacheRepository, tagMutability: 'MUTABLE', scanOnPush: false });
  }
  return create;
}

function refuseConflicts(copy: TagCopyPlan, repository: string): void {
  if (!copy.elsewhere.length) return;
  const list = copy.elsewhere.map(({ tag, digest }) => `${tag} → ${digest.slice(0, 19)}…`).join(', ');
  throw new PlanError(`tag already points at another image in ${repository}: ${list}; no tag was changed`);
}

function buildStep(
  inputs: Inputs,
  observed: Observed,
  registry: string,
  tags: string[],
  target: string | undefined,
): BuildStep {
  const secretEnv: [string, string][] = inputs.secrets.map(([id]) => [
    id,
    `BUILD_SECRET_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`,
  ]);
  const secrets: BuildSecret[] = [
    ...secretEnv.map(([id, env]) => ({ id, env })),
    ...inputs.secretFiles.map(([id, file]) => ({ id, file })),
  ];
  const imageName = `${registry}/${inputs.repository}`;
  const metadataFile = join(observed.workDir, 'buildx-metadata.json');
  const digestFile = join(observed.workDir, 'digest');
  const labels = new Map<string, string>([
    ['org.opencontainers.image.revision', inputs.sha],
    ['org.opencontainers.image.created', observed.now.toISOString()],
  ]);
  if (observed.sourceUrl) labels.set('org.opencontainers.image.source', observed.sourceUrl);
  for (const [key, value] of inputs.labels) labels.set(key, value);
  const commands = buildCommands({
    builder: inputs.builder,
    context: inputs.context,
    dockerfile: inputs.dockerfile,
    target,
    platforms: inputs.platforms,
    buildArgs: inputs.buildArgs,
    secrets,
    labels: [...labels],
    imageRefs: tags.map((tag) => `${imageName}:${tag}`),
    cache: cacheFlags({
      preset: inputs.cache,
      builder: inputs.builder,
      scope: `${inputs.repository}/${target ?? 'default'}`,
      cacheRepository: `${registry}/${inputs.cacheRepository}`,
      write: isDefaultBranchPush(inputs.event),
    }),
    provenance: inputs.provenance,
    sbom: inputs.sbom,
    metadataFile,
    digestFile,
    localName: `localhost/build-push/${inputs.repository}:${inputs.sha.slice(0, 12)}-${observed.now.getTime()}`,
  });
  return { kind: 'build', target, commands, secretEnv, metadataFile, digestFile };
}

/** The stage to build: the one asked for, else `production` when present, else the last (what builders default to). */
function chooseTarget(inputs: Inputs, stages: DockerfileStage[] | undefined): string | undefined {
  if (!stages)
    throw ConfigurationError.value(
      'dockerfile',
      inputs.dockerfile,
      'a Dockerfile that exists',
      `paths are relative to the workspace; context is ${inputs.context}`,
    );
  if (!stages.length)
    throw ConfigurationError.value('dockerfile', inputs.dockerfile, 'a Dockerfile with at least one FROM');
  if (inputs.target !== undefined) {
    const stage = findStage(stages, inputs.target);
    if (!stage) {
      const last = stages[stages.length - 1];
      throw new TargetStageError(
        `"${inputs.target}": expected a stage of ${inputs.dockerfile} (${describeStages(stages)})`,
        'name a stage with FROM … AS <name>',
        { title: 'Target stage not found', file: inputs.dockerfile, startLine: last.line },
      );
    }
    return stage.name;
  }
  // The seeds put a `development` stage after `production`; building the last stage would ship the dev image.
  return findStage(stages, 'production')?.name ?? stages[stages.length - 1].name;
}
