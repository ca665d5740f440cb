/** release's inputs, read and checked in one place, before AWS is asked anything. */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

import { resolveRegion } from '../../../lib/aws/clients.js';
import { ConfigurationError, errorMessage } from '../../../lib/core/errors.js';
import { InputReader } from '../../../lib/core/inputs.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { NotifyTargets } from '../../../lib/notify/send.js';
import type { ReleasePlan } from '../../../lib/release/plan.js';
import { parseServicesFile, type ReleaseService } from '../../../lib/release/services-file.js';
import { ON_FAILURE_VALUES, type OnFailure } from '../../../lib/release/verdict.js';
import { runUrl } from '../../../lib/report/github-deployment.js';

export const COMMANDS = ['plan', 'release'] as const;

export interface ReleaseInputs {
  command: (typeof COMMANDS)[number];
  region: string;
  /** The checkout (GITHUB_WORKSPACE): the services file's paths are relative to it. */
  workspace: string;
  servicesFile: string;
  services: ReleaseService[];
  sha: string;
  environment: string;
  cluster: string;
  stagingCluster?: string;
  skipStagingCheck: boolean;
  ecrRegistryId?: string;
  /** The plan the plan command printed (and a reviewer approved), for `release`. */
  plan?: ReleasePlan;
  onFailure: OnFailure;
  pollInterval?: string;
  waitTimeout: string;
  notify: NotifyTargets;
  recordFile: string;
  actor?: string;
  runUrl?: string;
}

export function readReleaseInputs(io: ActionIO, env: NodeJS.ProcessEnv = process.env): ReleaseInputs {
  const read = new InputReader(io);
  const slackWebhookUrl = read.secret('slack-webhook-url');
  const command = read.oneOf('command', COMMANDS, 'plan');
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const servicesFile = read.string('services-file', '.github/release-services.yml');
  const path = isAbsolute(servicesFile) ? servicesFile : join(workspace, servicesFile);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw ConfigurationError.value(
      'services-file',
      servicesFile,
      "a YAML file in the repository (`services:` with each service's folder, ECR repository and task-definition template)",
      errorMessage(err).split('\n')[0],
    );
  }
  const sha = read.required('git-sha');
  if (!/^[0-9a-f]{40}$/.test(sha))
    throw ConfigurationError.value('git-sha', sha, 'a full commit SHA (40 lowercase hex digits)');
  const inputs: ReleaseInputs = {
    command,
    region: resolveRegion(read.optional('aws-region'), env),
    workspace,
    servicesFile,
    services: parseServicesFile(text, servicesFile).services,
    sha,
    environment: read.string('environment', 'production'),
    cluster: read.required('cluster'),
    stagingCluster: read.optional('staging-cluster'),
    skipStagingCheck: read.boolean('skip-staging-check', false),
    ecrRegistryId: read.optional('ecr-registry-id'),
    onFailure: read.oneOf('on-failure', ON_FAILURE_VALUES, 'rollback-release'),
    pollInterval: read.optional('poll-interval'),
    waitTimeout: read.string('wait-timeout', '15m'),
    notify: { snsTopicArn: read.optional('sns-topic-arn'), slackWebhookUrl },
    recordFile: read.string('record-file', join(env.RUNNER_TEMP ?? workspace, 'release-record.json')),
    actor: env.GITHUB_TRIGGERING_ACTOR ?? env.GITHUB_ACTOR,
    runUrl: runUrl(env),
  };
  if (!inputs.stagingCluster && !inputs.skipStagingCheck)
    throw new ConfigurationError(
      'staging-cluster',
      'is empty, so nothing proves staging completed a rollout of each service',
      'name the staging cluster, or set `skip-staging-check: true` to release without that proof',
    );
  if (command === 'release') inputs.plan = readPlan(read.required('plan', "pass the plan step's `plan` output"), sha);
  return inputs;
}

/** The approved plan, as the plan step wrote it; a plan of another commit is refused. */
function readPlan(raw: string, sha: string): ReleasePlan {
  let plan: ReleasePlan;
  try {
    plan = JSON.parse(raw) as ReleasePlan;
  } catch {
    throw ConfigurationError.value('plan', raw, 'the JSON the plan command set as its `plan` output');
  }
  if (!plan || !Array.isArray(plan.waves) || !Array.isArray(plan.services))
    throw ConfigurationError.value(
      'plan',
      raw,
      'the JSON the plan command set as its `plan` output (waves and services)',
    );
  if (plan.sha !== sha)
    throw new ConfigurationError(
      'plan',
      `is a plan of ${plan.sha}, not of ${sha}`,
      'release the commit that was planned',
    );
  return plan;
}
