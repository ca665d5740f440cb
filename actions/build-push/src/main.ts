/** build-push: inputs → observe → plan → apply, then outputs and the job summary. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ECRClient } from '@aws-sdk/client-ecr';

import { type AwsClients, createAwsClients } from '../../../lib/aws/clients.js';
import type { Clock } from '../../../lib/core/poll.js';
import type { RunContext } from '../../../lib/core/run.js';
import { pinnedRef } from '../../../lib/ecr/images.js';
import { type CommandRunner, execCommandRunner } from '../../../lib/image/command-runner.js';
import type { Outcome } from './apply.js';
import { readInputs } from './inputs.js';
import { observe } from './observe.js';
import { type Plan, planBuildPush, TargetStageError } from './plan.js';

/** What the action runs against; tests hand in mocked clients, a recording command runner and a fake clock. */
export interface BuildPushDependencies {
  clients?: AwsClients;
  runCommand?: CommandRunner;
  env?: NodeJS.ProcessEnv;
  now?: Date;
  clock?: Clock;
  scanIntervalMs?: number;
}

export async function main(ctx: RunContext): Promise<void> {
  await buildPush(ctx);
}

export async function buildPush({ io, signal }: RunContext, deps: BuildPushDependencies = {}): Promise<Outcome> {
  const env = deps.env ?? process.env;
  const inputs = readInputs(io, env);
  // Its first call is ECR's (DescribeRepositories): that client comes with the entry, the others load on first use.
  const clients =
    deps.clients ??
    createAwsClients({ region: inputs.awsRegion, action: 'build-push', signal, preloaded: { ecr: ECRClient } });

  // A promotion source in another region asks that region for its token.
  const clientsFor = (region: string) =>
    region === clients.region
      ? clients
      : createAwsClients({ region, action: 'build-push', signal, preloaded: { ecr: ECRClient } });
  const { observed, login, sourceLogin } = await io.group('Look up the repository and tags', () =>
    observe(inputs, clients, {
      workDir: mkdtempSync(join(env.RUNNER_TEMP ?? tmpdir(), 'build-push-')),
      now: deps.now ?? new Date(),
      env,
      clientsFor,
      signal,
    }),
  );
  if (login) io.setSecret(login.password);
  if (sourceLogin) io.setSecret(sourceLogin.password);

  let plan: Plan;
  try {
    plan = planBuildPush(inputs, observed);
  } catch (err) {
    if (err instanceof TargetStageError) io.error(err.message, err.annotation);
    throw err;
  }
  for (const [from, to] of plan.renamedTags) io.notice(`Tag "${from}" is not a valid registry tag; using "${to}"`);
  io.info(describePlan(plan));
  if (plan.step.kind === 'build' && plan.step.replaces) {
    const { digest, platforms } = plan.step.replaces;
    io.notice(
      `${plan.repositoryName}:${plan.tags[0]} has only ${platforms.join(', ')} (${digest}); the repository is mutable, so it is rebuilt for ${inputs.platforms.join(', ')} and its tags move to the new image`,
    );
  }

  // Carrying the plan out (apply.ts: builder, copies, tags, scans) and its summary are loaded once there is a plan.
  const [{ applyPlan }, { renderSummary }] = await Promise.all([import('./apply.js'), import('./summary.js')]);
  const outcome = await applyPlan(
    plan,
    inputs,
    { login, sourceLogin },
    {
      io,
      clients,
      runCommand: deps.runCommand ?? execCommandRunner(),
      signal,
      clock: deps.clock,
      scanIntervalMs: deps.scanIntervalMs,
    },
  );

  const image = `${plan.registry}/${plan.repositoryName}`;
  io.setOutput('registry', plan.registry);
  io.setOutput('image', `${image}:${plan.tags[0]}`);
  io.setOutput('digest', outcome.digest);
  io.setOutput('image-ref', pinnedRef(plan.registry, plan.repositoryName, outcome.digest));
  io.setOutput('tags', plan.tags.join(','));
  io.setOutput('platform-digests', JSON.stringify(outcome.platformDigests));
  io.setOutput('reused', String(outcome.result !== 'built'));
  io.setOutput('result', outcome.result);
  await io.appendSummary(renderSummary(plan, outcome));

  if (outcome.verdict && !outcome.verdict.passed) {
    const { blocking, unscanned } = outcome.verdict;
    const why = unscanned.length
      ? `the scan of ${unscanned.map((s) => `${s.platform} ended ${s.status}`).join(', ')}, so nothing shows the image is clean`
      : `${blocking} finding(s) at ${plan.scanGate!.threshold} or above`;
    throw new Error(
      `scan gate: ${why}; the image is pushed and tagged but should not be deployed (see the job summary)`,
    );
  }
  return outcome;
}

function describePlan(plan: Plan): string {
  const step = plan.step;
  const creating = plan.create.length ? `create ${plan.create.map((r) => r.repositoryName).join(', ')}; ` : '';
  if (step.kind === 'build') {
    const replacing = step.replaces
      ? ` (replacing ${step.replaces.digest}, which has only ${step.replaces.platforms.join(', ')})`
      : '';
    return `Plan: ${creating}build ${step.target ?? 'the last stage'} and push ${plan.tags.join(', ')}${replacing}`;
  }
  const adding = [...step.copy.add, ...step.copy.move];
  const what = adding.length ? `add ${adding.join(', ')} by manifest copy` : 'every tag is already there';
  if (step.transfer) {
    const blobs = step.transfer.tree.blobs.length;
    return `Plan: ${creating}copy ${step.sourceReference} (${step.source.digest}, ${blobs} blobs; those already here are skipped) into ${plan.repositoryName}; ${what}`;
  }
  return `Plan: ${creating}${step.kind === 'reuse' ? `${plan.tags[0]} is already built (${step.source.digest}); ` : `promote ${step.sourceReference} (${step.source.digest}); `}${what}`;
}
