/**
 * bake-and-promote's inputs, read once into one typed object; every bad value is a ConfigurationError naming the input.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

import { resolveRegion } from '../../../lib/aws/clients.js';
import { type AlarmSelector, parseAlarmSelector } from '../../../lib/checks/alarms.js';
import { DEFAULT_METRIC_POLICY, type MetricPolicy } from '../../../lib/checks/metric-policy.js';
import { ConfigurationError } from '../../../lib/core/errors.js';
import {
  type GithubDeploymentSettings,
  readGithubDeploymentSettings,
  readServiceNames,
  readWaitSettings,
} from '../../../lib/core/input-groups.js';
import { InputReader } from '../../../lib/core/inputs.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { TASK_DEFINITION_REF } from '../../../lib/ecs/arns.js';
import { parseSmokeFile, type SmokeFile } from '../../../lib/smoke/file.js';
import { DEFAULT_IDENTITY, type IdentitySource, parseIdentitySource } from '../../../lib/smoke/identity.js';
import { parseRouteArn, type TrafficRoute } from '../../../lib/traffic/route-arn.js';
import { DEFAULT_STEPS, parseSteps, type TrafficStep } from '../../../lib/traffic/steps.js';

export const MODES = ['bake', 'status', 'abort', 'promote-now'] as const;
export type Mode = (typeof MODES)[number];
export const INCONCLUSIVE_POLICIES = ['extend', 'fail'] as const;
export type InconclusivePolicy = (typeof INCONCLUSIVE_POLICIES)[number];

export interface BakeInputs {
  region: string;
  cluster: string;
  mode: Mode;
  /** The registered revision to bake; required for `bake` and `promote-now`. */
  taskDefinition?: string;
  /** One service (ECS native strategies) or the blue/green pair (ALB weights). */
  services: string[];
  /** The rule (or listener) whose weights split traffic between the pair; ALB provider only. */
  route?: TrafficRoute;
  steps: TrafficStep[];
  /** Whether `steps` was set (the native provider only maps an explicit `steps` onto the service's strategy). */
  stepsGiven: boolean;
  checkIntervalMs: number;
  /** After 100%: keep checking this long, the old color still up, so a rollback is one flip. */
  holdMs: number;
  smoke?: SmokeFile;
  /** The values of the smoke file's `${VAR}`s: masked in the log and never quoted from an answer. */
  masked: string[];
  canaryUrl?: string;
  productionUrl?: string;
  /**
   * Where a canary answer names its version (undefined: off), and the version given (else the task definition's git-sha
   * tag).
   */
  identitySource?: IdentitySource;
  canaryVersion?: string;
  failureThreshold: number;
  hook?: string;
  hookTimeoutMs: number;
  alarms: AlarmSelector;
  metrics: boolean;
  metricPolicy: MetricPolicy;
  inconclusive: InconclusivePolicy;
  /** How long a step may be extended past its bake while a check cannot decide. */
  maxExtensionMs: number;
  /** Rolling the idle color out and waiting for healthy targets. */
  waitTimeoutMs: number;
  pollIntervalMs: number;
  githubDeployment?: GithubDeploymentSettings;
}

/** Reads every input; reads the smoke file too, so an invalid one fails before anything changes. */
export function readBakeInputs(io: ActionIO, env: NodeJS.ProcessEnv = process.env): BakeInputs {
  const read = new InputReader(io);
  const region = resolveRegion(read.optional('aws-region'), env);
  const cluster = read.required('cluster');
  const mode = read.oneOf('mode', MODES, 'bake');
  // Read in this order, so the first bad input named is the same whatever else is wrong.
  const release = readRelease(read, mode);
  const schedule = readSchedule(read, mode);
  const canary = readCanaryChecks(read, env);
  const alarms = parseAlarmSelector(read.list('alarms'), 'alarms');
  const metrics = read.boolean('metrics', false);
  const metricPolicy = readMetricPolicy(read);
  if (metrics && release.services.length !== 2)
    throw new ConfigurationError(
      'metrics',
      'compares the two target groups of a blue/green pair; with one service use `alarms` (ECS also rolls back on them)',
    );
  const inconclusive = read.oneOf('inconclusive', INCONCLUSIVE_POLICIES, 'extend');
  const maxExtensionMs = read.duration('max-extension', '10m', { maxMs: 6 * 3_600_000 });

  const wait = readWaitSettings(read, { timeout: '15m', interval: '15s' });
  if (!wait.wait)
    throw new ConfigurationError(
      'wait',
      'must stay true: a bake is watched to its end (that is what keeps traffic safe)',
    );
  const githubDeployment = readGithubDeploymentSettings(read);

  if (
    mode === 'bake' &&
    !canary.smoke &&
    !canary.hook &&
    alarms.names.length + alarms.prefixes.length === 0 &&
    !metrics
  ) {
    throw new ConfigurationError(
      'smoke-file',
      'no check is configured: a bake needs at least one of `smoke-file`, `smoke-command`, `alarms` or `metrics: true`',
    );
  }
  return {
    region,
    cluster,
    mode,
    ...release,
    ...schedule,
    ...canary,
    alarms,
    metrics,
    metricPolicy,
    inconclusive,
    maxExtensionMs,
    waitTimeoutMs: wait.waitTimeoutMs,
    pollIntervalMs: wait.pollIntervalMs,
    githubDeployment,
  };
}

/** What is released where: the services (one, or the blue/green pair), the revision, and the rule between a pair. */
function readRelease(read: InputReader, mode: Mode): Pick<BakeInputs, 'services' | 'taskDefinition' | 'route'> {
  const services = readServiceNames(read);
  if (services.length > 2)
    throw new ConfigurationError(
      'services',
      `names ${services.length} services; name the blue and green pair (ALB weights) or one service (ECS native strategy)`,
    );

  const taskDefinition = read.optional('task-definition');
  if (taskDefinition !== undefined && !TASK_DEFINITION_REF.test(taskDefinition)) {
    throw ConfigurationError.value(
      'task-definition',
      taskDefinition,
      'a registered revision: its ARN or family:revision (deploy-ecs with register-only: true gives it as task-definition-arn)',
    );
  }
  if (!taskDefinition && (mode === 'bake' || mode === 'promote-now'))
    throw new ConfigurationError('task-definition', `is required for mode ${mode}: the revision to bake`);

  const routeArn = read.optional('listener-rule-arn');
  const route = routeArn ? parseRouteArn(routeArn, 'listener-rule-arn') : undefined;
  if (services.length === 2 && !route)
    throw new ConfigurationError(
      'listener-rule-arn',
      'is required with two services: the rule (or listener) that forwards to both target groups by weight',
    );
  if (services.length === 1 && route)
    throw new ConfigurationError(
      'listener-rule-arn',
      'is for a blue/green pair of services; with one service its ECS deployment strategy shifts traffic',
    );
  return { services, taskDefinition, route };
}

/** The steps, how often each is checked, and the hold at 100%. */
function readSchedule(
  read: InputReader,
  mode: Mode,
): Pick<BakeInputs, 'steps' | 'stepsGiven' | 'checkIntervalMs' | 'holdMs'> {
  const stepsText = read.optional('steps');
  const steps = parseSteps(stepsText ?? DEFAULT_STEPS);
  // A schedule with no step below 100% bakes nothing on part of the traffic: said on purpose, never by accident.
  if (mode === 'bake' && steps.every((s) => s.weight === 100) && !read.boolean('skip-canary-steps', false)) {
    throw ConfigurationError.value(
      'steps',
      stepsText ?? '',
      'at least one step below 100% (like `10%:10m, 100%`): `100%` alone sends all traffic to the new version with no canary step',
      'set `skip-canary-steps: true` to mean it',
    );
  }
  const checkIntervalMs = read.duration('check-interval', '30s', { minMs: 1000, maxMs: 600_000 });
  const holdMs = read.duration('hold', '0s', { maxMs: 6 * 3_600_000 });
  return { steps, stepsGiven: stepsText !== undefined, checkIntervalMs, holdMs };
}

type CanaryChecks = Pick<
  BakeInputs,
  | 'canaryUrl'
  | 'productionUrl'
  | 'smoke'
  | 'masked'
  | 'identitySource'
  | 'canaryVersion'
  | 'failureThreshold'
  | 'hook'
  | 'hookTimeoutMs'
>;

/** The checks that ask the canary itself: where it is, the smoke file, its identity, the team's command. */
function readCanaryChecks(read: InputReader, env: NodeJS.ProcessEnv): CanaryChecks {
  const canaryUrl = url('canary-url', read.optional('canary-url'));
  const productionUrl = url('production-url', read.optional('production-url'));
  const smokePath = read.optional('smoke-file');
  const masked: string[] = [];
  const smoke = smokePath ? readSmokeFile(read, env, smokePath, masked) : undefined;
  if (smoke && !canaryUrl && !productionUrl && smoke.checks.some((c) => !c.url)) {
    throw new ConfigurationError(
      'canary-url',
      'is required (or `production-url`) for smoke checks given as a `path`',
      'the canary-only URL is a test listener or the idle color',
    );
  }
  const identitySource = parseIdentitySource(read.optional('canary-identity') ?? DEFAULT_IDENTITY);
  const canaryVersion = read.optional('canary-version');
  const failureThreshold = read.integer('failure-threshold', smoke?.defaults.failureThreshold ?? 1, {
    min: 1,
    max: 100,
  });
  const hook = read.optional('smoke-command');
  const hookTimeoutMs = read.duration('smoke-command-timeout', '2m', { minMs: 1000, maxMs: 3_600_000 });
  return {
    canaryUrl,
    productionUrl,
    smoke,
    masked,
    identitySource,
    canaryVersion,
    failureThreshold,
    hook,
    hookTimeoutMs,
  };
}

/**
 * Reads and parses the smoke file (relative to the workspace); the values of its `${VAR}`s are masked and kept in
 * `masked`.
 */
function readSmokeFile(read: InputReader, env: NodeJS.ProcessEnv, smokePath: string, masked: string[]): SmokeFile {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const full = isAbsolute(smokePath) ? smokePath : join(workspace, smokePath);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch {
    throw ConfigurationError.value('smoke-file', smokePath, 'a file in the repository (relative to the workspace)');
  }
  // Masked before parsing: a parse error may quote a value with a `${VAR}` expanded in it (often a token).
  for (const [, name] of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
    if (!env[name]) continue;
    read.mask(env[name]!);
    masked.push(env[name]!);
  }
  return parseSmokeFile(text, smokePath, { input: 'smoke-file', env });
}

/** How the canary's metrics are judged against stable's. */
function readMetricPolicy(read: InputReader): MetricPolicy {
  return {
    ...DEFAULT_METRIC_POLICY,
    minRequests: read.integer('min-requests', DEFAULT_METRIC_POLICY.minRequests, { min: 1, max: 1_000_000 }),
    max5xxRateIncrease: percentInput(
      'max-5xx-increase',
      read.optional('max-5xx-increase'),
      DEFAULT_METRIC_POLICY.max5xxRateIncrease,
    ),
    compareLatency: read.boolean('compare-latency', DEFAULT_METRIC_POLICY.compareLatency),
    confidence: confidenceInput(read.optional('confidence')),
  };
}

function url(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !/^https?:\/\/[^\s/]+\S*$/.test(value))
    throw ConfigurationError.value(name, value, 'an http(s) URL');
  return value;
}

// "95%" or "99.9%" → 0.95 / 0.999: how sure a failing metrics verdict must be.
function confidenceInput(value: string | undefined): number {
  if (value === undefined) return DEFAULT_METRIC_POLICY.confidence;
  const match = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
  const level = match ? Number(match[1]) : NaN;
  if (!(level >= 50 && level < 100))
    throw ConfigurationError.value('confidence', value, 'a percentage from 50% to below 100%, like 95% or 99%');
  return level / 100;
}

// "1%" or "0.5%" → 0.01 / 0.005.
function percentInput(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const match = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
  if (!match || Number(match[1]) > 100)
    throw ConfigurationError.value(name, value, 'a percentage from 0% to 100%, like 1% or 0.5%');
  return Number(match[1]) / 100;
}
