/**
 * The rollout step every action that changes a service shares (deploy-ecs, rollback, bake-and-promote):
 * make the updates → watch each to a verdict → explain failures → one result per service.
 * A service this run does not change is judged by its current PRIMARY deployment, so a re-run never calls
 * an unfinished or failed rollout a success. Never throws for a failed rollout or an unreadable AWS; a
 * cancelled job comes back as `cancelled` with what was left in flight.
 */
import type { ContainerDefinition, Service } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../aws/clients.js';
import { awsErrorKind } from '../aws/errors.js';
import { errorMessage } from '../core/errors.js';
import type { ActionIO } from '../core/io.js';
import { type Clock, realClock } from '../core/poll.js';
import type { DeploymentState } from '../report/github-deployment.js';
import { shortTaskDefinition } from './arns.js';
import { explainFailure, type FailureExplanation } from './failure-explanation.js';
import { recordRolledOut } from './history.js';
import { hasOurHooks, withoutOurHooks } from './lifecycle-hooks.js';
import { whatToDo } from './rollout-summary.js';
import { currentDeploymentTarget, type FailureKind, judgeRollout, type RolloutTarget } from './rollout-verdict.js';
import { type RolloutOutcome, RolloutsCancelled, type TimelineMark, watchRollouts } from './rollout-watch.js';
import { updateService } from './services.js';

/** One service and what to do to it. */
export interface ServiceChange {
  service: string;
  /** The service as read before this run decided anything. */
  observed: Service;
  /** The update to make; without one, the service's current deployment is judged (and followed if in flight). */
  update?: { taskDefinitionArn: string; desiredCount?: number; forceNewDeployment?: boolean };
  /** The containers of the revision rolled out, for log links when it fails. */
  containers?: ContainerDefinition[];
  /**
   * The deployment in flight was stopped with ROLLBACK on purpose: follow ECS's rollback from DescribeServices alone.
   */
  afterStop?: boolean;
}

export interface RolloutSettings {
  cluster: string;
  wait: boolean;
  timeoutMs: number;
  intervalMs: number;
}

export interface RolloutContext {
  clients: AwsClients;
  io: ActionIO;
  signal?: AbortSignal;
  clock?: Clock;
  /** Names the action in annotation titles. */
  actionName: string;
}

export type RolloutStatus = 'unchanged' | 'started' | 'in-progress' | 'succeeded' | 'failed';

/** What happened to one service. */
export interface ServiceRollout {
  service: string;
  status: RolloutStatus;
  taskDefinitionArn?: string;
  previousTaskDefinitionArn?: string;
  deploymentId?: string;
  /** True when this run made no update and followed (or judged) a deployment already in flight. */
  adopted?: boolean;
  elapsedSeconds?: number;
  failureKind?: FailureKind;
  reason?: string;
  explanation?: FailureExplanation;
  timeline?: TimelineMark[];
}

export interface RolloutReport {
  results: ServiceRollout[];
  /** Set when the job was cancelled: the message, and each unfinished rollout's state. */
  cancelled?: { message: string; leftInFlight: { service: string; state: string }[] };
}

/** Makes each change, then watches every started or in-flight deployment to its verdict. */
export async function rollOut(
  changes: ServiceChange[],
  settings: RolloutSettings,
  ctx: RolloutContext,
): Promise<RolloutReport> {
  const { io, signal } = ctx;
  const clock = ctx.clock ?? realClock;
  const results: ServiceRollout[] = [];
  const targets: RolloutTarget[] = [];
  let earliest = new Date(clock.now());
  let cancelled: RolloutReport['cancelled'];

  await io.group('Update services', async () => {
    for (const change of changes) {
      const previous = change.observed.taskDefinition;
      const result: ServiceRollout = {
        service: change.service,
        status: 'unchanged',
        previousTaskDefinitionArn: previous,
        taskDefinitionArn: previous,
      };
      results.push(result);
      if (signal?.aborted) {
        // A cancel that arrives before the update makes no further change to AWS.
        result.reason = 'not updated: the job was cancelled first';
        cancelled ??= { message: errorMessage(signal.reason ?? 'job cancelled'), leftInFlight: [] };
        continue;
      }
      if (!change.update) {
        const target = judgeCurrent(change, result, io);
        if (target && change.afterStop) target.ignoreServiceDeployments = true;
        if (target && settings.wait) targets.push(target);
        const created = change.observed.deployments?.find((d) => d.id === target?.deploymentId)?.createdAt;
        if (target && created && created < earliest) earliest = created;
        continue;
      }
      const { taskDefinitionArn, desiredCount, forceNewDeployment = false } = change.update;
      // bake-and-promote's PAUSE hook gates its checks; a rollout that runs none must not wait on it.
      const config = change.observed.deploymentConfiguration;
      const deploymentConfiguration = hasOurHooks(config) ? withoutOurHooks(config) : undefined;
      if (deploymentConfiguration)
        io.info(
          `${change.service}: rolling out without bake-and-promote's PAUSE hook (it gates that action's checks; the service's other hooks stay)`,
        );
      try {
        const { deploymentId } = await updateService(ctx.clients, {
          cluster: settings.cluster,
          service: change.service,
          taskDefinitionArn,
          desiredCount,
          forceNewDeployment,
          deploymentConfiguration,
        });
        io.info(`${change.service}: deployment ${deploymentId} started with ${taskDefinitionArn}`);
        Object.assign(result, { taskDefinitionArn, deploymentId, status: settings.wait ? 'in-progress' : 'started' });
        const sameRevision = taskDefinitionArn === previous && !forceNewDeployment;
        if (settings.wait)
          targets.push({
            service: change.service,
            deploymentId,
            taskDefinitionArn,
            previousTaskDefinitionArn: previous,
            requireAllRunning: sameRevision || undefined,
            answerOurHooks: true,
          });
      } catch (err) {
        if (awsErrorKind(err) === 'cancelled' || signal?.aborted) {
          result.reason = 'not updated: the job was cancelled first';
          cancelled ??= { message: errorMessage(signal?.reason ?? err), leftInFlight: [] };
          continue;
        }
        Object.assign(result, {
          status: 'failed',
          failureKind: 'rejected',
          reason: `UpdateService was refused: ${errorMessage(err).split('\n')[0]}`,
        });
        io.error(`${change.service}: ${result.reason}`, {
          title: `${ctx.actionName}: ${change.service} was not updated`,
        });
      }
    }
  });
  if (cancelled) {
    // What was updated before the cancel keeps rolling out in ECS: say so, service by service.
    cancelled.leftInFlight = results
      .filter((r) => r.deploymentId && !r.adopted && r.status !== 'unchanged')
      .map((r) => ({
        service: r.service,
        state: `deployment ${r.deploymentId} of ${shortTaskDefinition(r.taskDefinitionArn)} started, not watched; to undo, roll back to ${shortTaskDefinition(r.previousTaskDefinitionArn)}`,
      }));
    return { results, cancelled };
  }
  if (targets.length === 0) return { results };

  let outcomes: RolloutOutcome[];
  try {
    outcomes = await io.group(`Watch ${targets.length} rollout(s)`, () =>
      watchRollouts({
        clients: ctx.clients,
        cluster: settings.cluster,
        targets,
        intervalMs: settings.intervalMs,
        timeoutMs: settings.timeoutMs,
        io,
        signal,
        clock,
        startedAt: earliest,
      }),
    );
  } catch (err) {
    if (!(err instanceof RolloutsCancelled)) throw err;
    for (const outcome of err.finished) await record(results, outcome, changes, settings, ctx);
    return { results, cancelled: { message: err.message, leftInFlight: err.leftInFlight } };
  }
  for (const outcome of outcomes) await record(results, outcome, changes, settings, ctx);
  return { results };
}

/**
 * A service this run leaves alone: its PRIMARY deployment decides whether that is fine, a failure, or a rollout to
 * follow.
 */
function judgeCurrent(change: ServiceChange, result: ServiceRollout, io: ActionIO): RolloutTarget | undefined {
  const target = currentDeploymentTarget(change.observed);
  if (!target) {
    Object.assign(result, {
      status: 'failed',
      failureKind: 'missing',
      reason: `service ${change.service} has no PRIMARY deployment to judge`,
    });
    return undefined;
  }
  target.service = change.service;
  result.deploymentId = target.deploymentId;
  result.taskDefinitionArn = target.taskDefinitionArn;
  const pointsAt = change.observed.taskDefinition;
  if (pointsAt && shortTaskDefinition(pointsAt) !== shortTaskDefinition(target.taskDefinitionArn)) {
    // The PRIMARY deployment judges another revision than the one this run found the service on: it proves nothing.
    const reason = `nothing new to deploy, but the service points at ${shortTaskDefinition(pointsAt)} while its PRIMARY deployment ${target.deploymentId} is of ${shortTaskDefinition(target.taskDefinitionArn)}: no deployment of ${shortTaskDefinition(pointsAt)} can be judged`;
    Object.assign(result, { status: 'failed', failureKind: 'mismatch', reason, taskDefinitionArn: pointsAt });
    return undefined;
  }
  const verdict = judgeRollout(change.observed, target);
  if (verdict.state === 'succeeded') {
    io.info(
      `${change.service}: nothing to deploy; its deployment ${target.deploymentId} of ${shortTaskDefinition(target.taskDefinitionArn)} is COMPLETED`,
    );
    return undefined;
  }
  result.adopted = true;
  if (verdict.state === 'failed') {
    Object.assign(result, {
      status: 'failed',
      failureKind: verdict.kind,
      reason: `nothing new to deploy, but the service's current deployment ${target.deploymentId} of ${shortTaskDefinition(target.taskDefinitionArn)} did not complete: ${verdict.reason}`,
    });
    return undefined;
  }
  io.info(
    `${change.service}: nothing new to deploy, but its deployment ${target.deploymentId} of ${shortTaskDefinition(target.taskDefinitionArn)} is still in progress: following it`,
  );
  result.status = 'in-progress';
  return target;
}

async function record(
  results: ServiceRollout[],
  outcome: RolloutOutcome,
  changes: ServiceChange[],
  settings: RolloutSettings,
  ctx: RolloutContext,
): Promise<void> {
  const { io } = ctx;
  const result = results.find((r) => r.service === outcome.target.service)!;
  result.deploymentId = outcome.target.deploymentId;
  result.elapsedSeconds = Math.round(outcome.elapsedMs / 1000);
  result.timeline = outcome.timeline;
  if (outcome.verdict.state === 'succeeded') {
    result.status = 'succeeded';
    // The record rollback reads when the service-deployments API cannot answer: this revision ran here.
    const missed = await recordRolledOut(
      ctx.clients,
      settings.cluster,
      result.service,
      outcome.target.taskDefinitionArn,
      new Date(),
    );
    if (missed)
      io.warning(
        `${result.service}: could not tag ${shortTaskDefinition(outcome.target.taskDefinitionArn)} as rolled out (${missed}); rollback will rely on ECS's deployment history alone`,
      );
    return;
  }
  result.status = 'failed';
  result.failureKind = outcome.verdict.kind;
  result.reason = result.adopted
    ? `the deployment already in flight failed: ${outcome.verdict.reason}`
    : outcome.verdict.reason;
  const containers = changes.find((c) => c.service === result.service)?.containers ?? [];
  const explanation = await explainFailure(
    ctx.clients,
    settings.cluster,
    outcome.lastSeen,
    result.taskDefinitionArn!,
    containers,
  );
  result.explanation = explanation;
  await io.group(`Why ${result.service} failed`, async () => {
    io.error(`${result.service}: ${result.reason}`, { title: `${ctx.actionName}: ${result.service} rollout failed` });
    const next = whatToDo(result);
    if (next) io.info(`what to do: ${next}`);
    for (const task of explanation.stoppedTasks) {
      io.info(`stopped ${task.taskId}: ${task.stopCode ?? ''} ${task.stoppedReason ?? ''}`.trim());
      for (const c of task.containers) {
        const parts = [`exit ${c.exitCode ?? '—'}`, c.reason, c.health, c.logUrl && `logs: ${c.logUrl}`].filter(
          Boolean,
        );
        io.info(`  ${c.name}: ${parts.join(', ')}`);
      }
    }
    for (const target of explanation.unhealthyTargets) io.info(`target ${target}`);
    for (const event of explanation.recentEvents) io.info(`event: ${event}`);
    io.info(`console: ${explanation.consoleUrl}`);
  });
}

/** One word for a set of results: failed, in-progress (started, not watched to a verdict), succeeded or unchanged. */
export function overallStatus(results: { status: string }[]): 'failed' | 'in-progress' | 'succeeded' | 'unchanged' {
  if (results.length === 0 || results.some((r) => r.status === 'failed')) return 'failed';
  if (results.some((r) => r.status === 'started' || r.status === 'in-progress')) return 'in-progress';
  return results.some((r) => r.status === 'succeeded') ? 'succeeded' : 'unchanged';
}

/**
 * The GitHub deployment's state for a set of results: success only for rollouts seen to complete; started or
 * followed-but-unwatched ones stay in progress; a cancel, an unexpected error or an unreadable AWS is `error`.
 */
export function recordStateOf(
  results: { status: string; failureKind?: string }[],
  { thrown, cancelled }: { thrown?: unknown; cancelled?: boolean },
  what: string,
): [DeploymentState, string] {
  if (thrown) return ['error', `${what} stopped: ${errorMessage(thrown)}`];
  if (cancelled) return ['error', `${what} cancelled`];
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.some((r) => r.failureKind === 'unobservable'))
    return ['error', 'the rollout could not be followed to a verdict'];
  if (failed.length) return ['failure', `${failed.length} service(s) failed`];
  if (overallStatus(results) === 'in-progress') return ['in_progress', 'started; not watched to a verdict'];
  return ['success', `${what} done`];
}
