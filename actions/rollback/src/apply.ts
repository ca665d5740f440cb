/**
 * rollback's apply stage: the plan shown (and only shown, for a dry run), then carried out: INACTIVE targets
 * registered again, deployments in flight stopped, the shared rollout step or CodeDeploy, the health URL; then the
 * outputs, the summary, the GitHub record and the team's notice, whatever happened. main.ts loads it once the plan
 * is made, so none of it is compiled before the action's first AWS call.
 */
import { DescribeServiceDeploymentsCommand } from '@aws-sdk/client-ecs';

import { type AwsClients, createAwsClients } from '../../../lib/aws/clients.js';
import { CancelledError, errorMessage, TimeoutError } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { type Clock, pollUntil } from '../../../lib/core/poll.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { recordRolledBack } from '../../../lib/ecs/history.js';
import {
  overallStatus,
  recordStateOf,
  rollOut,
  type RolloutReport,
  type ServiceChange,
} from '../../../lib/ecs/rollout.js';
import { rollBackServiceDeployment } from '../../../lib/ecs/service-deployments.js';
import { describeServices, describeTaskDefinition, registerTaskDefinition } from '../../../lib/ecs/services.js';
import { waitForHealthy } from '../../../lib/http/health.js';
import type { Notice } from '../../../lib/notify/notice.js';
import { sendNotice } from '../../../lib/notify/send.js';
import { type DeploymentRecord, startDeploymentRecord } from '../../../lib/report/github-deployment.js';
import { draftFromLive } from '../../../lib/taskdef/source.js';
import type { FlipColor } from '../../../lib/traffic/alb/flip.js';
import { percentOf, type TrafficSplit } from '../../../lib/traffic/split.js';
import type { CodeDeployObserved } from './codedeploy.js';
import type { RollbackInputs } from './inputs.js';
import type { ObservedRollback, RollbackPlan, ServiceRollbackPlan } from './plan.js';
import { type RollbackResult, rollbackSummary } from './summary.js';

/** What main.ts read and decided for the services it rolls back by rollout or CodeDeploy. */
export interface PlannedRollback {
  inputs: RollbackInputs;
  plan: RollbackPlan;
  observed: ObservedRollback[];
  codeDeploy: Map<string, CodeDeployObserved>;
  /** actions/rollback/src/codedeploy.ts, loaded when a service is CODE_DEPLOY. */
  codeDeployPath?: typeof import('./codedeploy.js');
}

export interface ApplyContext {
  clients: AwsClients;
  io: ActionIO;
  signal: AbortSignal;
  clock?: Clock;
}

/**
 * Carries the plan out, then reports and notifies; throws when the rollback failed or was cancelled, after reporting.
 */
export async function applyRollback(
  { inputs, plan, observed, codeDeploy, codeDeployPath }: PlannedRollback,
  { clients, io, signal, clock }: ApplyContext,
): Promise<void> {
  const record = await startRecord(inputs, plan, io);
  let report: RolloutReport = { results: [] };
  let results: RollbackResult[] = plan.services.map((s) => ({ ...s, status: 'failed' }));
  let thrown: unknown;
  try {
    const rolling = plan.services.filter((s) => !codeDeploy.has(s.service));
    const changes = await prepare(clients, inputs, { services: rolling }, observed, io, signal, clock);
    if (rolling.length)
      report = await rollOut(
        changes,
        {
          cluster: inputs.cluster,
          wait: inputs.wait,
          timeoutMs: inputs.waitTimeoutMs,
          intervalMs: inputs.pollIntervalMs,
        },
        { clients, io, signal, clock, actionName: 'rollback' },
      );
    const done = new Map(
      rolling.map((s, i) => [
        s.service,
        verifyTarget({ ...s, ...report.results[i], status: report.results[i].status }, changes[i]),
      ]),
    );
    for (const s of plan.services.filter((x) => codeDeploy.has(x.service))) {
      if (report.cancelled || signal.aborted) break;
      if (s.to.status === 'INACTIVE') s.to = { ...s.to, arn: await registerCopy(clients, s, io) };
      done.set(
        s.service,
        await io.group(`Roll ${s.service} back through CodeDeploy`, () =>
          codeDeployPath!.rollbackWithCodeDeploy(
            clients,
            inputs,
            s,
            observed.find((o) => o.name === s.service)!.service,
            codeDeploy.get(s.service)!,
            { io, signal, clock },
          ),
        ),
      );
    }
    results = plan.services.map(
      (s) => done.get(s.service) ?? { ...s, status: 'failed', reason: 'not rolled back: the job was cancelled first' },
    );
    await recordLeft(clients, inputs.cluster, results, io);
    if (!report.cancelled) await checkHealth(inputs, results, io, signal, clock);
  } catch (err) {
    thrown = err;
  }
  await finish(inputs, plan, results, { io, record, thrown, cancelled: report.cancelled, signal });
}

/**
 * A flip that would change nothing: said in the log, the outputs, the summary and the team's notice; nothing is
 * touched.
 */
export async function nothingToRollBack(
  inputs: RollbackInputs,
  colors: FlipColor[],
  split: TrafficSplit,
  why: string,
  io: ActionIO,
): Promise<void> {
  const serving = colors.find((c) => percentOf(split, c.targetGroupArn) === 100) ?? colors[0];
  const arn = serving.taskDefinition ?? '';
  const plan: RollbackPlan = {
    services: [{ service: serving.service, from: { arn }, to: { arn }, action: 'none', why }],
  };
  const results: RollbackResult[] = [{ ...plan.services[0], status: 'unchanged', reason: why }];
  io.notice(why, { title: 'rollback: nothing to roll back' });
  writeOutputs(io, results, 'unchanged');
  await io.appendSummary(rollbackSummary(inputs, plan, results));
  const notifier = createAwsClients({ region: inputs.region, action: 'rollback' });
  await io.group('Tell the team', () =>
    sendNotice(notifier, io, inputs.notify, {
      action: 'rollback',
      verdict: 'unchanged',
      cluster: inputs.cluster,
      environment: inputs.environment,
      actor: inputs.actor,
      why: inputs.reason,
      runUrl: inputs.runUrl,
      services: results.map((r) => ({
        service: r.service,
        from: { taskDefinitionArn: arn },
        to: { taskDefinitionArn: arn },
        status: 'nothing to roll back',
        reason: why,
      })),
    }),
  );
}

/** The plan in the log; for a dry run also the outputs and the summary, and nothing else. True when that was all. */
export async function planOnly(inputs: RollbackInputs, plan: RollbackPlan, io: ActionIO): Promise<boolean> {
  await io.group('Plan', async () => {
    for (const s of plan.services)
      io.info(`${s.service}: ${shortTaskDefinition(s.from.arn)} → ${shortTaskDefinition(s.to.arn)} (${s.why})`);
  });
  if (!inputs.dryRun) return false;
  const results: RollbackResult[] = plan.services.map((s) => ({ ...s, status: 'planned' }));
  writeOutputs(io, results);
  await io.appendSummary(rollbackSummary(inputs, plan, results));
  io.notice(
    `Dry run: nothing was changed. ${plan.services.map((s) => `${s.service} would go ${shortTaskDefinition(s.from.arn)} → ${shortTaskDefinition(s.to.arn)}`).join('; ')}`,
  );
  return true;
}

/** Starts the GitHub deployment record of the rollback, when one is asked for. */
export function startRecord(inputs: RollbackInputs, plan: RollbackPlan, io: ActionIO): Promise<DeploymentRecord> {
  return startDeploymentRecord(
    io,
    inputs.githubDeployment && {
      ...inputs.githubDeployment,
      description: `rollback ${plan.services.map((s) => `${s.service} to ${shortTaskDefinition(s.to.arn)}`).join(', ')}`,
    },
  );
}

/**
 * Tags each revision a service is leaving, so that a re-run does not take it for the previous one to go back to:
 * once the rollback's rollout completed, or (wait: false) started, since ECS's history will show it complete.
 */
async function recordLeft(
  clients: AwsClients,
  cluster: string,
  results: RollbackResult[],
  io: ActionIO,
): Promise<void> {
  const leaving = ['succeeded', 'started', 'in-progress'];
  for (const r of results.filter((x) => leaving.includes(x.status) && x.from.arn && x.from.arn !== x.to.arn)) {
    const missed = await recordRolledBack(clients, cluster, r.service, r.from.arn, new Date());
    if (missed)
      io.warning(
        `${r.service}: could not tag ${shortTaskDefinition(r.from.arn)} as rolled back from (${missed}); a re-run with target previous would go back to it`,
      );
  }
}

/** After a verdict of the rollout: the service's own health URL must answer 2xx too. */
export async function checkHealth(
  inputs: RollbackInputs,
  results: RollbackResult[],
  io: ActionIO,
  signal: AbortSignal,
  clock?: Clock,
): Promise<void> {
  if (!inputs.healthUrl || !results.every((r) => r.status === 'succeeded' || r.status === 'unchanged')) return;
  const health = await io.group(`Health: ${inputs.healthUrl}`, () =>
    waitForHealthy(inputs.healthUrl!, { timeoutMs: inputs.healthTimeoutMs, signal, clock }),
  );
  io.info(health.detail);
  if (!health.healthy)
    for (const r of results)
      Object.assign(r, {
        status: 'failed',
        failureKind: 'unhealthy',
        reason: `the service is not healthy: ${health.detail}`,
      });
}

/** Outputs, the summary, the GitHub record and the team's notice, whatever happened; then the step's verdict. */
export async function finish(
  inputs: RollbackInputs,
  plan: RollbackPlan,
  results: RollbackResult[],
  {
    io,
    record,
    thrown,
    cancelled,
    signal,
  }: {
    io: ActionIO;
    record: DeploymentRecord;
    thrown?: unknown;
    cancelled?: RolloutReport['cancelled'];
    signal: AbortSignal;
  },
): Promise<void> {
  // A cancel can surface as the rollout's report, a thrown CancelledError, or a result that says so: all are a cancel.
  const wasCancelled =
    !!cancelled ||
    thrown instanceof CancelledError ||
    signal.aborted ||
    results.some((r) => r.failureKind === 'cancelled');
  const failed = results.filter((r) => r.status === 'failed');
  // Every service already ran its target and no earlier rollback put it there (e.g. a bake's own restore, after which
  // production.yml's rollback job names the revision that served before): nothing was rolled back, and it says so.
  const nothing =
    !thrown &&
    !wasCancelled &&
    results.length > 0 &&
    results.every((r) => r.status === 'unchanged') &&
    !plan.services.some((s) => s.restored);
  if (nothing)
    io.notice(
      `nothing to roll back: ${results.map((r) => `${r.service} already runs ${shortTaskDefinition(r.to.arn)}`).join('; ')}`,
      { title: 'rollback: nothing to roll back' },
    );
  writeOutputs(io, results, nothing ? 'unchanged' : undefined);
  await io.appendSummary(rollbackSummary(inputs, plan, results, cancelled?.leftInFlight, thrown));
  const status = overallStatus(results);
  const verdict: Notice['verdict'] = wasCancelled
    ? 'cancelled'
    : thrown || status === 'failed'
      ? 'failed'
      : status === 'in-progress'
        ? 'started'
        : nothing
          ? 'unchanged'
          : 'succeeded';
  await record.setState(
    ...recordStateOf(results, { thrown: wasCancelled ? undefined : thrown, cancelled: wasCancelled }, 'rollback'),
  );
  // A client set without the run's abort signal: a cancelled rollback is news the team must still get.
  const notifier = createAwsClients({ region: inputs.region, action: 'rollback' });
  await io.group('Tell the team', () =>
    sendNotice(notifier, io, inputs.notify, {
      action: 'rollback',
      verdict,
      cluster: inputs.cluster,
      environment: inputs.environment,
      actor: inputs.actor,
      why: inputs.reason,
      runUrl: inputs.runUrl,
      services: results.map((r) => ({
        service: r.service,
        from: { taskDefinitionArn: r.from.arn, gitSha: r.from.gitSha },
        to: { taskDefinitionArn: r.to.arn, gitSha: r.to.gitSha },
        status: r.status,
        reason: r.reason ?? (thrown ? errorMessage(thrown) : undefined),
      })),
    }),
  );
  if (wasCancelled)
    throw thrown instanceof CancelledError ? thrown : new CancelledError(cancelled?.message ?? 'job cancelled');
  if (thrown) throw thrown;
  if (failed.length)
    throw new Error(`rollback failed for ${failed.map((r) => `${r.service} (${r.reason})`).join('; ')}`);
}

/** A rollout that ended on another revision than the target is no rollback, whatever its verdict. */
function verifyTarget(result: RollbackResult, change: ServiceChange): RollbackResult {
  const landedOn = result.taskDefinitionArn;
  const wanted = change.update?.taskDefinitionArn ?? result.to.arn;
  // An update that was never sent (the job was cancelled first) is a cancel, not a rollout that settled elsewhere.
  if (change.update && result.status === 'unchanged' && !result.deploymentId)
    return { ...result, status: 'failed', failureKind: 'cancelled' };
  // ECS finished its own rollback of the stopped deployment before we looked: that is this rollback's success.
  if (change.afterStop && result.status === 'unchanged' && landedOn === wanted)
    return { ...result, status: 'succeeded' };
  if ((result.status === 'succeeded' || result.status === 'unchanged') && landedOn && landedOn !== wanted) {
    return {
      ...result,
      status: 'failed',
      failureKind: 'superseded',
      reason: `the service settled on ${shortTaskDefinition(landedOn)}, not ${shortTaskDefinition(wanted)}`,
    };
  }
  return result;
}

/** The writes before the rollout: INACTIVE targets registered again as copies, deployments in flight stopped. */
async function prepare(
  clients: AwsClients,
  inputs: RollbackInputs,
  plan: RollbackPlan,
  observed: ObservedRollback[],
  io: ActionIO,
  signal: AbortSignal,
  clock?: Clock,
): Promise<ServiceChange[]> {
  const changes: ServiceChange[] = [];
  for (const s of plan.services) {
    if (signal.aborted) throw signal.reason ?? new CancelledError();
    const o = observed.find((x) => x.name === s.service)!;
    let service = o.service;
    let target = s.to.arn;
    if (s.action === 'reregister-and-update') {
      target = await registerCopy(clients, s, io);
      s.to = { ...s.to, arn: target };
    }
    if (s.action === 'stop-in-flight' && o.inFlight) {
      try {
        // Paused at a PAUSE hook (a bake's, or the team's): the hook's ROLLBACK is the documented way out of a pause.
        const how = await rollBackServiceDeployment(
          clients,
          o.inFlight.deployment ?? { serviceDeploymentArn: o.inFlight.serviceDeploymentArn },
        );
        io.info(`${s.service}: ${how}: ECS puts ${shortTaskDefinition(target)} back`);
        const ended = await stoppedRollbackOutcome(clients, o.inFlight.serviceDeploymentArn, inputs, signal, clock);
        if (ended.status === 'ROLLBACK_SUCCESSFUL') {
          io.info(`${s.service}: ECS reports the rollback ${ended.status}`);
          service = (await describeServices(clients, inputs.cluster, [s.service])).get(s.service)!;
          changes.push({ service: s.service, observed: service, afterStop: true });
          continue;
        }
        io.warning(
          `${s.service}: ECS's rollback of the stopped deployment ended ${ended.status} (${ended.reason ?? 'no reason given'}); superseding it with an update instead`,
        );
      } catch (err) {
        if (err instanceof CancelledError || signal.aborted) throw err;
        io.warning(
          `${s.service}: could not stop the deployment in flight (${errorMessage(err).split('\n')[0]}); superseding it with an update instead`,
        );
      }
    }
    changes.push({
      service: s.service,
      observed: service,
      update: s.action === 'none' ? undefined : { taskDefinitionArn: target },
    });
  }
  return changes;
}

/** Registers a copy of an INACTIVE target (ECS deploys no INACTIVE revision), tagged with where it came from. */
async function registerCopy(clients: AwsClients, s: ServiceRollbackPlan, io: ActionIO): Promise<string> {
  const old = await describeTaskDefinition(clients, s.to.arn);
  // The copy keeps what the revision is (its commit, the team's tags), none of its record, and says what it restores.
  const draft = draftFromLive(old.definition, old.tags);
  draft.tags = [...(draft.tags ?? []), { key: 'restored-from', value: s.to.arn }];
  const copy = await registerTaskDefinition(clients, draft);
  io.warning(
    `${s.service}: ${shortTaskDefinition(s.to.arn)} was INACTIVE (deregistered); registered a copy of it as ${shortTaskDefinition(copy)} and rolling back to that`,
  );
  return copy;
}

/** Follows the stopped deployment until ECS says how its rollback ended (ROLLBACK_SUCCESSFUL is the goal). */
async function stoppedRollbackOutcome(
  clients: AwsClients,
  arn: string,
  inputs: RollbackInputs,
  signal: AbortSignal,
  clock?: Clock,
): Promise<{ status: string; reason?: string }> {
  const ended = new Set(['ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED', 'STOPPED', 'SUCCESSFUL']);
  try {
    return await pollUntil<{ status: string; reason?: string }>(
      {
        intervalMs: inputs.pollIntervalMs,
        timeoutMs: inputs.waitTimeoutMs,
        signal,
        clock,
        what: `the rollback of ${arn}`,
      },
      async () => {
        const [d] =
          (await clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] })))
            .serviceDeployments ?? [];
        return d?.status && ended.has(d.status)
          ? { done: true, value: { status: d.status, reason: d.statusReason } }
          : { done: false };
      },
    );
  } catch (err) {
    if (err instanceof TimeoutError) return { status: 'unknown', reason: err.message };
    throw err;
  }
}

function writeOutputs(io: ActionIO, results: RollbackResult[], forced?: 'unchanged'): void {
  const first = results[0];
  io.setOutput('task-definition-arn', first?.to.arn ?? '');
  io.setOutput('previous-task-definition-arn', first?.from.arn ?? '');
  const overall = results.every((r) => r.status === 'planned') ? 'planned' : overallStatus(results);
  // For a rollback, a service already on its target (a re-run) is a success; `unchanged` is kept for nothing to roll
  // back.
  const status = forced ?? (overall === 'unchanged' ? 'succeeded' : overall);
  io.setOutput('status', status);
  io.setOutput(
    'results',
    JSON.stringify(
      results.map((r) => ({
        service: r.service,
        status: r.status,
        from: r.from.arn,
        fromSha: r.from.gitSha,
        to: r.to.arn,
        toSha: r.to.gitSha,
        why: r.why,
        failureKind: r.failureKind,
        reason: r.reason,
      })),
    ),
  );
}
