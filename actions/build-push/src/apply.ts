/** Carries a plan out: create repositories, log in and build, or copy tags; then the optional scan gate. */
import { readFileSync } from 'node:fs';

import type { AwsClients } from '../../../lib/aws/clients.js';
import { errorMessage } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { blobBytes, type BlobCopyHow, copyImageTree, type TreeCopy } from '../../../lib/ecr/copy-image.js';
import { type EcrImage, findImage, findImages, type RepositoryId } from '../../../lib/ecr/images.js';
import type { EcrLogin } from '../../../lib/ecr/login.js';
import { copyTag } from '../../../lib/ecr/promote.js';
import { createRepository } from '../../../lib/ecr/repositories.js';
import { type ImageScan, judgeScans, type ScanVerdict, waitForImageScans } from '../../../lib/ecr/scan.js';
import { type BuilderCommand, displayCommand, loginCommand } from '../../../lib/image/builder-command.js';
import { type CommandOptions, type CommandRunner, outputTail } from '../../../lib/image/command-runner.js';
import { platformDigests } from '../../../lib/image/manifest.js';
import { readRegistryManifest } from '../../../lib/image/registry-api.js';
import { formatBytes } from '../../../lib/report/markdown.js';
import type { Inputs } from './inputs.js';
import { STATE } from './logout.js';
import { type BuildStep, type CopyStep, type Plan, planReuse, type SourceImage } from './plan.js';

export interface ApplyDependencies {
  io: ActionIO;
  clients: AwsClients;
  runCommand: CommandRunner;
  signal?: AbortSignal;
  clock?: Clock;
  scanIntervalMs?: number;
}

export type TagOutcome = 'pushed' | 'added' | 'moved' | 'already-present';

export interface Outcome {
  result: 'built' | 'reused' | 'promoted';
  digest: string;
  platformDigests: Record<string, string>;
  tags: { tag: string; outcome: TagOutcome }[];
  createdRepositories: string[];
  commands: string[];
  scans?: ImageScan[];
  verdict?: ScanVerdict;
  /** Set when this run's push lost to a concurrent run of the same commit, whose image it then reused. */
  lostRace?: { error: string; commands: string[] };
  /** A promotion from another repository or registry: what came across before the tags. */
  transfer?: TreeCopy & { from: string };
}

/** Registry credentials main fetched: the destination's, and a promotion source's in another registry. */
export interface Logins {
  login?: EcrLogin;
  sourceLogin?: EcrLogin;
}

export async function applyPlan(
  plan: Plan,
  inputs: Inputs,
  { login, sourceLogin }: Logins,
  deps: ApplyDependencies,
): Promise<Outcome> {
  const { io, clients } = deps;
  const repository: RepositoryId = { repositoryName: inputs.repository, registryId: inputs.registryId };
  const createdRepositories: string[] = [];
  for (const request of plan.create) {
    await createRepository(clients.ecr, request);
    createdRepositories.push(request.repositoryName);
    io.info(
      `Created ECR repository ${request.repositoryName} (${request.tagMutability}, scan on push ${request.scanOnPush ? 'on' : 'off'})`,
    );
  }

  const outcome =
    plan.step.kind === 'build'
      ? await buildOrJoinWinner(plan, plan.step, inputs, login!, deps, createdRepositories)
      : await copyTags(plan, plan.step, inputs, deps, createdRepositories, undefined, { login, sourceLogin });

  if (plan.scanGate) {
    const gate = plan.scanGate;
    const seen = new Map<string, string>();
    outcome.scans = await io.group(`Wait for the ECR scan (fail at ${gate.threshold} or above)`, () =>
      waitForImageScans(clients.ecr, repository, outcome.platformDigests, {
        timeoutMs: gate.timeoutMs,
        intervalMs: deps.scanIntervalMs ?? 10_000,
        signal: deps.signal,
        clock: deps.clock,
        onWait: (platform, status) => {
          if (seen.get(platform) !== status) io.info(`${platform}: scan ${status.toLowerCase().replace(/_/g, ' ')}`);
          seen.set(platform, status);
        },
      }),
    );
    outcome.verdict = judgeScans(outcome.scans, gate.threshold);
  }
  return outcome;
}

/**
 * Builds and pushes; when the builder's commands fail in an immutable repository, looks at the SHA tag again. If
 * it now names an image this run did not push, a concurrent run of the same commit won the race and its immutable
 * tag refused our push: that image is this commit's image, so it is reused (platforms and tags checked as for any
 * reuse). A failed login, a failed read-back after our own push, or a cancelled job is never taken for a race.
 */
async function buildOrJoinWinner(
  plan: Plan,
  step: BuildStep,
  inputs: Inputs,
  login: EcrLogin,
  deps: ApplyDependencies,
  createdRepositories: string[],
): Promise<Outcome> {
  await logIn(plan, inputs, login, deps);
  try {
    await runBuild(step, inputs, deps);
  } catch (err) {
    const winner = await raceWinner(plan, step, inputs, deps);
    if (!winner) throw err;
    // The builder's last line says why (ECR: "tag invalid: … cannot be overwritten because the repository is
    // immutable").
    const why = errorMessage(err).trim().split('\n').pop()!;
    deps.io.warning(
      `The push failed (${why.length > 300 ? `${why.slice(0, 299)}…` : why}), but ${inputs.repository}:${plan.tags[0]} now exists as ${winner.digest}: ` +
        'another run of this commit pushed first; reusing its image',
    );
    const repository: RepositoryId = { repositoryName: inputs.repository, registryId: inputs.registryId };
    const reuse = planReuse(inputs, plan.tags, winner, await findImages(deps.clients.ecr, repository, plan.tags), true);
    return copyTags(plan, reuse, inputs, deps, createdRepositories, {
      error: errorMessage(err),
      commands: step.commands.map(displayCommand),
    });
  }
  return { ...(await readPushed(plan, step, inputs, login, deps)), createdRepositories };
}

/**
 * The image another run of this commit pushed under the SHA tag while this run's push failed; undefined when
 * there is none, when it is this run's own image (our first push landed, a later one failed), when the repository
 * is mutable, when the job was cancelled, or when the lookup itself fails (the builder's error is the one to report).
 */
async function raceWinner(
  plan: Plan,
  step: BuildStep,
  inputs: Inputs,
  deps: ApplyDependencies,
): Promise<EcrImage | undefined> {
  if (!plan.immutable || deps.signal?.aborted) return undefined;
  const repository: RepositoryId = { repositoryName: inputs.repository, registryId: inputs.registryId };
  const winner = await findImage(deps.clients.ecr, repository, plan.tags[0]).catch(() => undefined);
  return winner && winner.digest !== readBuilderDigest(inputs.builder, step) ? winner : undefined;
}

/** Reuse or promotion: puts the missing tags on the existing image by manifest copy. */
async function copyTags(
  plan: Plan,
  step: CopyStep,
  inputs: Inputs,
  deps: ApplyDependencies,
  createdRepositories: string[],
  lostRace?: Outcome['lostRace'],
  logins: Logins = {},
): Promise<Outcome> {
  const { io, clients } = deps;
  const repository: RepositoryId = { repositoryName: inputs.repository, registryId: inputs.registryId };
  const transfer = step.transfer ? await bringIn(plan, step.transfer, inputs, logins, deps) : undefined;
  const tags: Outcome['tags'] = step.copy.present.map((tag) => ({ tag, outcome: 'already-present' as const }));
  await io.group(`Tag ${step.source.digest} without rebuilding`, async () => {
    for (const tag of [...step.copy.add, ...step.copy.move]) {
      const result = await copyTag(clients.ecr, repository, step.source, tag);
      const said: TagOutcome = result === 'already-present' ? result : step.copy.move.includes(tag) ? 'moved' : 'added';
      io.info(`${tag}: ${said}`);
      tags.push({ tag, outcome: said });
    }
  });
  tags.sort((a, b) => plan.tags.indexOf(a.tag) - plan.tags.indexOf(b.tag));
  return {
    result: step.kind === 'reuse' ? 'reused' : 'promoted',
    digest: step.source.digest,
    platformDigests: platformDigests(
      step.source.manifest,
      step.source.digest,
      step.kind === 'reuse' ? inputs.platforms[0] : 'unknown',
    ),
    tags,
    createdRepositories,
    commands: lostRace?.commands ?? [],
    lostRace,
    transfer,
  };
}

const HOW: Record<BlobCopyHow, string> = { present: 'already there', mounted: 'mounted', copied: 'copied' };

/** Copies the source image's blobs and platform manifests in; the tags then go on its top manifest. */
async function bringIn(
  plan: Plan,
  source: SourceImage,
  inputs: Inputs,
  { login, sourceLogin }: Logins,
  deps: ApplyDependencies,
): Promise<Outcome['transfer']> {
  const from = `${source.registry}/${source.repository}`;
  const copied = await deps.io.group(
    `Copy ${source.reference} from ${from} (${source.tree.blobs.length} blobs, ${formatBytes(blobBytes(source.tree.blobs))})`,
    () =>
      copyImageTree(
        source.tree,
        { credentials: sourceLogin!, repository: source.repository },
        {
          credentials: { registry: plan.registry, username: login!.username, password: login!.password },
          repository: inputs.repository,
        },
        {
          signal: deps.signal,
          sameRegistry: source.sameRegistry,
          onBlob: (blob) => deps.io.info(`${blob.digest} (${formatBytes(blob.size)}): ${HOW[blob.how]}`),
        },
      ),
  );
  return { ...copied, from };
}

async function logIn(plan: Plan, inputs: Inputs, login: EcrLogin, deps: ApplyDependencies): Promise<void> {
  // Saved before logging in, so the post step logs out even if the login half-succeeds and main dies.
  deps.io.saveState(STATE.registry, plan.registry);
  deps.io.saveState(STATE.builder, inputs.builder);
  await run(deps, loginCommand(inputs.builder, plan.registry, login.username), { input: login.password, silent: true });
}

async function runBuild(step: BuildStep, inputs: Inputs, deps: ApplyDependencies): Promise<void> {
  const { io } = deps;
  const secretEnv = Object.fromEntries(
    step.secretEnv.map(([id, env]) => [env, inputs.secrets.find(([key]) => key === id)![1]]),
  );
  for (const command of step.commands) {
    await io.group(command.title, async () => {
      io.info(displayCommand(command));
      await run(deps, command, { env: secretEnv });
    });
  }
}

/** After a push: the digest and platform digests, as the registry holds them (the builder's claim as a fallback). */
async function readPushed(
  plan: Plan,
  step: BuildStep,
  inputs: Inputs,
  login: EcrLogin,
  deps: ApplyDependencies,
): Promise<Omit<Outcome, 'createdRepositories'>> {
  const { io } = deps;
  const builderDigest = readBuilderDigest(inputs.builder, step);
  const credentials = { registry: plan.registry, username: login.username, password: login.password };
  let digest = builderDigest;
  let platforms: Record<string, string> = { [inputs.platforms[0]]: builderDigest ?? '' };
  try {
    // The registry's own answer is what deploys will pull; a builder's printout is only a claim about it.
    const pushed = await readRegistryManifest(credentials, inputs.repository, plan.tags[0], deps.signal);
    if (!pushed) throw new Error(`${plan.tags[0]} is not in the registry after the push`);
    if (builderDigest && pushed.digest !== builderDigest)
      io.warning(`The builder reported ${builderDigest} but the registry holds ${pushed.digest} under ${plan.tags[0]}`);
    digest = pushed.digest;
    platforms = platformDigests(pushed.manifest, pushed.digest, inputs.platforms[0]);
  } catch (err) {
    if (!builderDigest) throw new Error(`could not learn the pushed digest: ${errorMessage(err)}`);
    io.warning(
      `Could not read the pushed manifest back from ${plan.registry} (${errorMessage(err)}); using the builder's digest`,
    );
  }
  return {
    result: 'built',
    digest: digest!,
    platformDigests: platforms,
    tags: plan.tags.map((tag) => ({ tag, outcome: 'pushed' as const })),
    commands: step.commands.map(displayCommand),
  };
}

async function run(deps: ApplyDependencies, command: BuilderCommand, options: CommandOptions): Promise<void> {
  let result;
  try {
    result = await deps.runCommand(command, options);
  } catch (err) {
    throw new Error(`could not start ${command.tool} (${errorMessage(err)}); is it installed on this runner?`);
  }
  if (result.exitCode !== 0) throw new Error(`${command.title} exited with ${result.exitCode}: ${outputTail(result)}`);
}

/** buildx writes JSON metadata; buildah and podman write a bare digest. */
function readBuilderDigest(builder: Inputs['builder'], step: BuildStep): string | undefined {
  try {
    if (builder === 'buildx')
      return (JSON.parse(readFileSync(step.metadataFile, 'utf8')) as Record<string, string>)['containerimage.digest'];
    return readFileSync(step.digestFile, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
