/** bake-and-promote: inputs → observe → plan → apply (lease, roll the idle color, shift under checks, promote or restore) → report. */
import { createAwsClients, type AwsClients } from '../../../lib/aws/clients.js';
import { resolveAlarms } from '../../../lib/checks/alarms.js';
import { CancelledError, ConfigurationError, errorMessage } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { realClock, type Clock } from '../../../lib/core/poll.js';
import type { RunContext } from '../../../lib/core/run.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { describeServices, describeTaskDefinition } from '../../../lib/ecs/services.js';
import { deploymentStyleOf } from '../../../lib/ecs/deployment-style.js';
import { runCodeDeploy } from './codedeploy.js';
import { startDeploymentRecord, type DeploymentState } from '../../../lib/report/github-deployment.js';
import { annotateSmokeFileError } from '../../../lib/smoke/annotate.js';
import { SmokeFileError } from '../../../lib/smoke/file.js';
import { describeSteps } from '../../../lib/traffic/steps.js';
import { observeAlb, runAlb } from './alb.js';
import { makeCheckRound } from './checks.js';
import { readBakeInputs, type BakeInputs } from './inputs.js';
import { runNative } from './native.js';
import { planAlb } from './plan.js';
import { emptyReport, ReportedError, type BakeReport } from './report.js';
import { bakeSummary } from './summary.js';

export interface BakeDeps {
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

export async function main(ctx: RunContext): Promise<void> {
  await bakeAndPromote(ctx);
}

/** The whole action; `deps` lets scenario tests drive time. Resolves with the report it wrote out. */
export async function bakeAndPromote({ io, signal }: RunContext, deps: BakeDeps = {}): Promise<BakeReport> {
  const env = deps.env ?? process.env;
  const clock = deps.clock ?? realClock;
  let inputs: BakeInputs;
  try {
    inputs = readBakeInputs(io, env);
  } catch (err) {
    // A smoke file error also lands on its file and line in the run view.
    if (err instanceof SmokeFileError) annotateSmokeFileError(io, err);
    throw err;
  }
  // Not handed the run's abort signal: after a cancel this action still has to put traffic back (one restore call,
  // read back), which must not be aborted with the rest. Its waits and checks take the signal themselves.
  const clients = createAwsClients({ region: inputs.region, action: 'bake-and-promote' });

  // Everything that can be wrong with the inputs is found here, before the first change.
  const alarmNames = inputs.alarms.names.length + inputs.alarms.prefixes.length ? await resolveAlarms(clients.cloudwatch, inputs.alarms, 'alarms') : [];
  if (inputs.taskDefinition) await checkRevision(clients, inputs.taskDefinition);
  const checks = (canary?: { canaryTargetGroupArn: string; stableTargetGroupArn: string; loadBalancerArn: string }) =>
    makeCheckRound(
      {
        smoke: inputs.smoke,
        canaryUrl: inputs.canaryUrl,
        productionUrl: inputs.productionUrl,
        failureThreshold: inputs.failureThreshold,
        hook: inputs.hook,
        hookTimeoutMs: inputs.hookTimeoutMs,
        alarmNames,
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
  const single = inputs.services.length === 1 ? (await describeServices(clients, inputs.cluster, inputs.services)).get(inputs.services[0]) : undefined;
  if (inputs.services.length === 2) {
    const observed = await io.group(`Read ${inputs.services.join(' and ')} and the rule`, () => observeAlb(clients, inputs));
    const plan = planAlb(inputs.mode, inputs.taskDefinition, inputs.steps, observed.pair);
    io.info(`plan: ${'why' in plan ? plan.why : plan.summary}${plan.action === 'bake' ? ` (${describeSteps(inputs.steps)})` : ''}`);
    if (signal.aborted) throw signal.reason ?? new CancelledError();
    if (changes && plan.action === 'bake') record = await startDeploymentRecord(io, inputs.githubDeployment && { ...inputs.githubDeployment, description: `bake ${shortTaskDefinition(inputs.taskDefinition)} on ${plan.canary.service}` });
    try {
      report = await runAlb(inputs, observed, plan, {
        clients,
        io,
        signal,
        clock,
        env,
        checks: (canaryTargetGroupArn, stableTargetGroupArn, loadBalancerArn) => checks({ canaryTargetGroupArn, stableTargetGroupArn, loadBalancerArn }),
      });
    } catch (err) {
      [report, thrown] = reportOfError('alb', err);
    }
  } else if (single && deploymentStyleOf(single).controller === 'CODE_DEPLOY') {
    const service = single;
    const beforeChange = async () => {
      if (changes) record = await startDeploymentRecord(io, inputs.githubDeployment && { ...inputs.githubDeployment, description: `bake ${shortTaskDefinition(inputs.taskDefinition)} on ${inputs.services[0]} (CodeDeploy)` });
    };
    try {
      report = await runCodeDeploy(inputs, service, { clients, io, signal, clock, checks: checks(), beforeChange });
    } catch (err) {
      if (err instanceof ConfigurationError) throw err;
      [report, thrown] = reportOfError('codedeploy', err);
    }
  } else {
    const beforeChange = async () => {
      if (changes) record = await startDeploymentRecord(io, inputs.githubDeployment && { ...inputs.githubDeployment, description: `bake ${shortTaskDefinition(inputs.taskDefinition)} on ${inputs.services[0]}` });
    };
    try {
      report = await runNative(inputs, { clients, io, signal, clock, checks: checks(), alarmNames, beforeChange });
    } catch (err) {
      if (err instanceof ConfigurationError) throw err;
      [report, thrown] = reportOfError('ecs-native', err);
    }
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

/** moto accepts an INACTIVE (deregistered) revision in UpdateService; AWS does not. Check it ourselves. */
async function checkRevision(clients: AwsClients, arn: string): Promise<void> {
  const found = await describeTaskDefinition(clients, arn).catch(() => undefined);
  if (!found) throw ConfigurationError.value('task-definition', arn, 'a registered revision that exists in this account and region');
  if (found.definition.status !== 'ACTIVE') throw ConfigurationError.value('task-definition', arn, `an ACTIVE revision; this one is ${found.definition.status}`);
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
  io.setOutput('timeline', JSON.stringify({ weights: report.marks, rounds: report.rounds.map((r) => ({ atMs: r.atMs, weight: r.weight, verdict: r.verdict, checks: r.outcomes })) }));
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

