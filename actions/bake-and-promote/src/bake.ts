/**
 * bake-and-promote once its inputs are read and its alarms resolved: the task definition checked, the provider
 * opened (observe and plan), the release run (lease, roll the idle color, shift under checks, promote or restore),
 * the report written. main.ts loads this module after its first AWS call, so none of it is compiled before that call.
 */
import type { AwsClients } from '../../../lib/aws/clients.js';
import { CancelledError, ConfigurationError, errorMessage } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { realClock } from '../../../lib/core/poll.js';
import type { RunContext } from '../../../lib/core/run.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { describeServices, describeTaskDefinition } from '../../../lib/ecs/services.js';
import { type DeploymentState, startDeploymentRecord } from '../../../lib/report/github-deployment.js';
import type { Identity } from '../../../lib/smoke/identity.js';
import type { Opened, ProviderContext, ProviderKind, ReleaseRequest } from '../../../lib/traffic/contract.js';
import { providerKindOf, PROVIDERS } from '../../../lib/traffic/factory.js';
import { holderFromEnv } from '../../../lib/traffic/lease.js';
import { describeSteps } from '../../../lib/traffic/steps.js';
import { type CheckRound, makeCheckRound } from './checks.js';
import type { BakeInputs } from './inputs.js';
import type { BakeDeps } from './main.js';
import { runRelease } from './release.js';
import { type BakeReport, emptyReport, ReportedError } from './report.js';
import { bakeSummary } from './summary.js';

/** The canary's and stable's target groups and their load balancer: what the metrics check compares. */
type MetricsTarget = { canaryTargetGroupArn: string; stableTargetGroupArn: string; loadBalancerArn: string };

/** Everything after the alarms are resolved; resolves with the report it wrote out. */
export async function bakeResolved(
  { io, signal }: RunContext,
  deps: BakeDeps,
  inputs: BakeInputs,
  clients: AwsClients,
  alarmNames: string[],
): Promise<BakeReport> {
  const env = deps.env ?? process.env;
  const clock = deps.clock ?? realClock;
  const revisionTags = inputs.taskDefinition ? await checkRevision(clients, inputs.taskDefinition) : [];
  const identity = identityOf(inputs, revisionTags, io);
  const checks = (canary?: MetricsTarget) =>
    makeCheckRound(
      {
        smoke: inputs.smoke,
        canaryUrl: inputs.canaryUrl,
        productionUrl: inputs.productionUrl,
        failureThreshold: inputs.failureThreshold,
        hook: inputs.hook,
        hookTimeoutMs: inputs.hookTimeoutMs,
        alarmNames,
        masked: inputs.masked,
        identity,
        metrics: inputs.metrics && canary ? { ...canary, policy: inputs.metricPolicy } : undefined,
      },
      clients,
      io,
      clock,
    );

  let report: BakeReport;
  let thrown: unknown;
  let record: Awaited<ReturnType<typeof startDeploymentRecord>> | undefined;
  const changes = inputs.mode === 'bake' || inputs.mode === 'promote-now';
  // One service: its deployment controller picks the provider.
  const single =
    inputs.services.length === 1
      ? (await describeServices(clients, inputs.cluster, inputs.services)).get(inputs.services[0])
      : undefined;
  const kind = providerKindOf(inputs.services, single);
  const ctx: ProviderContext = { clients, io, clock, signal, me: holderFromEnv(env) };
  checkCanaryReach(inputs, kind);
  // Observe and plan: bad input or a state that cannot be acted on is thrown here, before any change.
  const opened = await PROVIDERS[kind].open(
    { ...requestOf(inputs, alarmNames), testRoute: wantsTestRoute(inputs, identity) },
    ctx,
  );
  if (opened.action === 'bake' && signal.aborted) throw signal.reason ?? new CancelledError();
  if (changes && opened.action === 'bake')
    record = await startDeploymentRecord(
      io,
      inputs.githubDeployment && {
        ...inputs.githubDeployment,
        description: `bake ${shortTaskDefinition(inputs.taskDefinition)} on ${opened.provider.plan.sides[1]}`,
      },
    );
  try {
    report = await runOpened(opened, kind, ctx, inputs, checks);
  } catch (err) {
    [report, thrown] = reportOfError(kind, err);
  }

  writeOutputs(io, report);
  await io.appendSummary(bakeSummary(report, inputs.cluster));
  const [state, description] = recordState(report, thrown);
  await record?.setState(state, description);

  if (thrown) throw thrown;
  if (report.verdict === 'cancelled') throw new CancelledError(report.reason);
  if (report.verdict === 'aborted' || report.verdict === 'failed') throw new Error(report.reason);
  io.info(`${report.verdict}: ${report.reason}`);
  return report;
}

/** Carries out what the provider made of the request: a look, nothing, an abort, or a whole release. */
async function runOpened(
  opened: Opened,
  kind: ProviderKind,
  ctx: ProviderContext,
  inputs: BakeInputs,
  checks: (target?: MetricsTarget) => CheckRound,
): Promise<BakeReport> {
  const { io } = ctx;
  switch (opened.action) {
    case 'status':
      return {
        ...emptyReport(kind, 'status', opened.summary),
        finalWeights: opened.shares,
        taskDefinitionBefore: opened.revisionBefore,
      };
    case 'nothing':
      return {
        ...emptyReport(kind, 'unchanged', opened.why),
        finalWeights: opened.shares,
        taskDefinitionBefore: opened.revisionBefore,
      };
    case 'abort': {
      io.info(`plan: ${opened.why}`);
      const done = await opened.run(ctx);
      const report = {
        ...emptyReport(
          kind,
          done.back ? 'restored' : 'failed',
          done.back ? opened.why : `abort did not put traffic back: ${done.detail}`,
        ),
        finalWeights: done.reading?.shares ?? {},
        notes: done.notes,
        taskDefinitionAfter: done.back ? opened.revisionBefore : undefined,
      };
      return report;
    }
    case 'bake': {
      const provider = opened.provider;
      io.info(`plan: ${provider.plan.summary}${inputs.mode === 'bake' ? ` (${describeSteps(inputs.steps)})` : ''}`);
      const target =
        'metricsTarget' in provider ? (provider as { metricsTarget: MetricsTarget }).metricsTarget : undefined;
      const settings = {
        intervalMs: inputs.checkIntervalMs,
        inconclusive: inputs.inconclusive,
        maxExtensionMs: inputs.maxExtensionMs,
        gateTimeoutMs: inputs.waitTimeoutMs,
        readGiveUpMs: inputs.waitTimeoutMs,
        routeSettleMs: inputs.canaryUrl ? 0 : undefined,
      };
      return runRelease(provider, { ...ctx, region: inputs.region, checks: checks(target), settings });
    }
  }
}

/** The provider-neutral request a bake makes of its provider. */
function requestOf(inputs: BakeInputs, alarmNames: string[]): ReleaseRequest {
  const {
    region,
    cluster,
    services,
    route,
    taskDefinition,
    steps,
    stepsGiven,
    mode,
    holdMs,
    checkIntervalMs,
    maxExtensionMs,
    waitTimeoutMs,
    pollIntervalMs,
  } = inputs;
  return {
    region,
    cluster,
    services,
    route,
    taskDefinition,
    steps,
    stepsGiven,
    mode,
    holdMs,
    checkIntervalMs,
    maxExtensionMs,
    waitTimeoutMs,
    pollIntervalMs,
    alarmNames,
  };
}

/**
 * moto accepts an INACTIVE (deregistered) revision in UpdateService; AWS does not. Check it ourselves. Resolves with
 * its tags.
 */
async function checkRevision(clients: AwsClients, arn: string): Promise<{ key?: string; value?: string }[]> {
  const found = await describeTaskDefinition(clients, arn).catch(() => undefined);
  if (!found)
    throw ConfigurationError.value(
      'task-definition',
      arn,
      'a registered revision that exists in this account and region',
    );
  if (found.definition.status !== 'ACTIVE')
    throw ConfigurationError.value(
      'task-definition',
      arn,
      `an ACTIVE revision; this one is ${found.definition.status}`,
    );
  return found.tags;
}

/**
 * The identity check: the source asked for, and the version the release reports (`canary-version`, else the revision's
 * git-sha tag).
 */
function identityOf(inputs: BakeInputs, tags: { key?: string; value?: string }[], io: ActionIO): Identity | undefined {
  if (!inputs.identitySource || inputs.mode !== 'bake') return undefined;
  const expected = inputs.canaryVersion ?? tags.find((t) => t.key === 'git-sha')?.value;
  if (expected) return { source: inputs.identitySource, expected };
  // Without a version to expect nothing can be proven: said in the log, and refused where the canary's route alone
  // cannot be trusted.
  if (inputs.canaryUrl && inputs.services.length === 2) {
    throw new ConfigurationError(
      'canary-version',
      "is needed with `canary-url` on two colors: the idle color alternates with every release, and only the answer's version shows which color a static URL reached",
      'give the commit the release reports, tag the revision with git-sha (deploy-ecs does by default), or drop `canary-url` and let the test route reach the idle color',
    );
  }
  if (inputs.smoke || inputs.hook)
    io.warning(
      `canary answers are not verified to come from the release being baked: no \`canary-version\` and no git-sha tag on ${inputs.taskDefinition}`,
    );
  return undefined;
}

/** Canary checks run through a test route when the production URL can carry its header (two colors only make one). */
function wantsTestRoute(inputs: BakeInputs, identity: Identity | undefined): boolean {
  return (
    inputs.mode === 'bake' &&
    inputs.services.length === 2 &&
    inputs.productionUrl !== undefined &&
    (inputs.smoke !== undefined || inputs.hook !== undefined || identity !== undefined)
  );
}

/**
 * A check that targets only the canary needs a way to reach it: the test route (two colors, through `production-url`)
 * or `canary-url`.
 */
function checkCanaryReach(inputs: BakeInputs, kind: ProviderKind): void {
  const reachable = inputs.canaryUrl !== undefined || (kind === 'alb' && inputs.productionUrl !== undefined);
  const canaryOnly = inputs.smoke?.checks.filter((c) => !c.url && !c.targets.includes('production')) ?? [];
  if (reachable || canaryOnly.length === 0) return;
  const how =
    kind === 'alb'
      ? 'give `production-url` (the bake routes canary checks through a test rule) or `canary-url`'
      : `give \`canary-url\`: the ${kind === 'codedeploy' ? 'CodeDeploy test listener' : "service's test listener rule (or its Service Connect test header)"}, which reaches the new version before production traffic`;
  throw new ConfigurationError(
    'canary-url',
    `is required: ${canaryOnly.map((c) => `"${c.name}"`).join(', ')} in ${inputs.smoke!.file} target${canaryOnly.length > 1 ? '' : 's'} only the canary, and nothing reaches it`,
    how,
  );
}

/**
 * The report of a provider's error, and the error to rethrow. Once a bake has changed something, a provider throws a
 * ReportedError carrying what it knows (traffic read back after the restore, or that it is unknown and what to check).
 */
function reportOfError(provider: BakeReport['provider'], err: unknown): [BakeReport, unknown] {
  if (err instanceof ReportedError) return [err.report, err.error];
  return [emptyReport(provider, 'failed', errorMessage(err)), err];
}

function writeOutputs(io: ActionIO, report: BakeReport): void {
  io.setOutput('verdict', report.verdict);
  io.setOutput('reason', report.reason);
  io.setOutput('final-weights', JSON.stringify(report.finalWeights));
  io.setOutput(
    'timeline',
    JSON.stringify({
      weights: report.marks,
      rounds: report.rounds.map((r) => ({ atMs: r.atMs, weight: r.weight, verdict: r.verdict, checks: r.outcomes })),
    }),
  );
  io.setOutput('task-definition-before', report.taskDefinitionBefore ?? '');
  io.setOutput('task-definition-after', report.taskDefinitionAfter ?? '');
  io.setOutput('restore-ms', report.restoreMs !== undefined ? String(Math.round(report.restoreMs)) : '');
}

function recordState(report: BakeReport, thrown: unknown): [DeploymentState, string] {
  if (thrown) return ['error', `bake-and-promote stopped: ${errorMessage(thrown)}`];
  switch (report.verdict) {
    case 'promoted':
      return ['success', 'promoted'];
    case 'cancelled':
      // The provider's reason says where traffic ended (a CodeDeploy cancel may not have verified its restore).
      return ['error', report.reason];
    case 'aborted':
    case 'failed':
      return ['failure', report.reason];
    default:
      return ['inactive', report.reason];
  }
}
