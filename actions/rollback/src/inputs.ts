/** rollback's inputs, read and checked in one place, before AWS is asked anything. */
import { resolveRegion } from '../../../lib/aws/clients.js';
import { ConfigurationError } from '../../../lib/core/errors.js';
import {
  type GithubDeploymentSettings,
  readGithubDeploymentSettings,
  readServiceNames,
  readWaitSettings,
  type WaitSettings,
} from '../../../lib/core/input-groups.js';
import { InputReader } from '../../../lib/core/inputs.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { TASK_DEFINITION_REF } from '../../../lib/ecs/arns.js';
import type { NotifyTargets } from '../../../lib/notify/send.js';
import { runUrl } from '../../../lib/report/github-deployment.js';
import { parseRouteArn, type TrafficRoute } from '../../../lib/traffic/route-arn.js';

/** Where to go back to. */
export type RollbackTarget =
  | { kind: 'previous' }
  | { kind: 'sha'; sha: string }
  | { kind: 'revision'; revision: number }
  | { kind: 'arn'; arn: string };

export interface RollbackInputs extends WaitSettings {
  region: string;
  cluster: string;
  services: string[];
  target: RollbackTarget;
  reason?: string;
  dryRun: boolean;
  /** Only check that the `sha:` target completed a rollout (a release gate); nothing changes, no one is told. */
  verifyOnly: boolean;
  healthUrl?: string;
  healthTimeoutMs: number;
  notify: NotifyTargets;
  /** The environment named in notices (the GitHub environment, unless given). */
  environment?: string;
  githubDeployment?: GithubDeploymentSettings;
  /** Two colors behind this weighted rule (or listener default action): rollback is a weight flip. */
  route?: TrafficRoute;
  actor?: string;
  runUrl?: string;
}

/** `previous`, `sha:<commit>`, `revision:<n>` or a task definition ARN; anything else names the forms accepted. */
export function parseTarget(value: string): RollbackTarget {
  const given = value.trim();
  if (given === '' || given === 'previous') return { kind: 'previous' };
  const sha = /^sha:([0-9a-fA-F]{7,40})$/.exec(given);
  if (sha) return { kind: 'sha', sha: sha[1].toLowerCase() };
  const revision = /^revision:(\d{1,9})$/.exec(given);
  if (revision && Number(revision[1]) > 0) return { kind: 'revision', revision: Number(revision[1]) };
  if (given.startsWith('arn:') && TASK_DEFINITION_REF.test(given)) return { kind: 'arn', arn: given };
  throw ConfigurationError.value(
    'target',
    given,
    'previous, sha:<git sha, 7 to 40 hex digits>, revision:<number> or a task definition ARN',
  );
}

export function readRollbackInputs(io: ActionIO, env: NodeJS.ProcessEnv = process.env): RollbackInputs {
  const read = new InputReader(io);
  const region = resolveRegion(read.optional('aws-region'), env);
  const cluster = read.required('cluster');
  const services = readServiceNames(read);
  const target = parseTarget(read.string('target', 'previous'));
  if (target.kind === 'arn' && services.length > 1)
    throw new ConfigurationError(
      'target',
      'a task definition ARN belongs to one family, but several services are named',
      'use previous, sha:<commit> or revision:<n> for several services',
    );

  // Masked before anything can print it, errors included.
  const slackWebhookUrl = read.secret('slack-webhook-url');
  const healthUrl = read.optional('health-url');
  if (healthUrl && !/^https?:\/\/\S+$/.test(healthUrl))
    throw ConfigurationError.value(
      'health-url',
      healthUrl,
      'an http(s) URL of the service, e.g. https://api.example.com/health',
    );
  const githubDeployment = readGithubDeploymentSettings(read);
  const routeArn = read.optional('listener-rule-arn');
  const route = routeArn ? parseRouteArn(routeArn, 'listener-rule-arn') : undefined;
  if (route && services.length !== 2)
    throw new ConfigurationError(
      'services',
      `names ${services.length} service(s), but with \`listener-rule-arn\` it must name the two colors behind the rule (e.g. web-blue, web-green)`,
    );
  if (route && target.kind !== 'previous')
    throw new ConfigurationError(
      'target',
      'with `listener-rule-arn` the rollback goes back to the color running the older revision; leave `target` as previous',
      'to deploy a chosen revision to one color, use bake-and-promote',
    );

  const verifyOnly = read.boolean('verify-only', false);
  if (verifyOnly && target.kind !== 'sha')
    throw ConfigurationError.value(
      'target',
      read.string('target', 'previous'),
      'sha:<git sha> with verify-only (it checks that a commit completed a rollout)',
    );
  if (verifyOnly && route)
    throw new ConfigurationError(
      'verify-only',
      "checks one environment's completed rollouts of a commit; it takes no `listener-rule-arn`",
    );

  return {
    region,
    cluster,
    services,
    target,
    reason: read.optional('reason'),
    dryRun: read.boolean('dry-run', false) || verifyOnly,
    verifyOnly,
    ...readWaitSettings(read, { timeout: '10m', interval: '10s' }),
    healthUrl,
    healthTimeoutMs: read.duration('health-timeout', '2m', { minMs: 5_000, maxMs: 30 * 60_000 }),
    notify: { snsTopicArn: read.optional('sns-topic-arn'), slackWebhookUrl },
    environment: read.optional('environment') ?? githubDeployment?.environment,
    githubDeployment,
    route,
    actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || undefined,
    runUrl: runUrl(env),
  };
}
